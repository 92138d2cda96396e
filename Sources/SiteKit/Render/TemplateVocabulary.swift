/// Every name a value handed to templates can have (`docs/themes.md`, « Template values »): a template that reads
/// another name reads nothing, most often because the name is misspelt (`{{page.titel}}`).
enum TemplateVocabulary {
    /// The names of clsm's values, at any depth; `site.params` and `t` add the site's and the theme's own.
    static let names: Set<String> = [
        "a_z", "access", "accessibility", "accessibility_plan_url", "accessibility_url", "action", "actions", "address",
        "address_lines", "ages", "attribution", "attribution_url", "audience", "audit_date", "auditor", "breadcrumbs",
        "calendar_url", "card", "carrier", "categories", "category", "category_label", "children", "commune",
        "commune_key", "communes", "contact", "contact_address", "contact_email", "contact_name", "contact_phone",
        "content", "coordinates", "cost", "count_label", "current", "date", "dates", "days", "deadline", "departements",
        "description", "director", "display", "edition", "edition_year", "editions", "editions_url", "email",
        "emergency", "end_iso", "entries", "event", "event_count", "events", "exact", "feeds", "filter", "filters",
        "geojson", "groups", "guide", "guide_categories", "guide_url", "has_accessibility", "has_carrier",
        "has_children", "has_communes", "has_departements", "has_editions", "has_emergency", "has_entries",
        "has_events", "has_facts", "has_groups", "has_guide_categories", "has_index", "has_latest_news", "has_map",
        "has_members", "has_more_related", "has_organisers", "has_partners", "has_past", "has_pdf", "has_price_block",
        "has_publics", "has_related", "has_sector", "has_start_time", "has_upcoming", "home", "host", "hours", "href",
        "id", "image", "is_a_z", "is_cancelled", "is_current", "is_done", "is_emergency", "is_free", "is_full",
        "is_generated", "is_home", "is_none", "is_ongoing", "is_online_only", "is_optional", "is_partial", "is_past",
        "is_planned", "is_postponed", "is_required", "is_section", "is_sms", "is_stale", "iso", "item_html", "items",
        "json", "json_ld", "key", "kind", "label", "language", "last_checked", "lat", "latest_news", "legal",
        "legal_url", "lines", "links", "logo", "logo_alt", "lon", "long", "map", "map_communes", "map_url", "member",
        "member_agendas", "member_key", "member_name", "member_url", "members", "members_map", "menu", "meta",
        "modified", "name",
        "news_url", "noindex", "note", "number", "og_locale", "og_type", "online", "organisers", "osm_url", "page",
        "params", "partners", "past_days", "pdf", "period", "permalink", "phase", "phase_label", "phone", "place",
        "placed_label", "plan", "postal_code", "price", "print", "provider", "publics", "published", "publisher",
        "rate", "regional_url", "registration", "related", "related_title", "resource", "resource_count", "resources",
        "responsible", "root", "search", "search_url", "sections", "sector", "since", "site", "sitemap", "sitemap_url",
        "source", "start_day", "start_iso", "status", "status_label", "t", "tel", "territory", "text", "theme",
        "theme_css", "tiles", "title", "toc", "type_id", "type_label", "types", "upcoming_days", "updated", "url",
        "views", "website", "when", "year", "years",
    ]
}
