#include <yaml.h>

// Exported by libyaml but declared only in its private header: the reader fetches the token after a flow key's `?`
// with it, to close `[?]` as later libyaml releases do (see YAMLEventReader.swift).
int yaml_parser_fetch_more_tokens(yaml_parser_t *parser);
