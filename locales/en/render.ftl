## Messages of the render stage.

# Two sources (pages, datasets) would be written to the same output file.
render-same-file = two sources would write the same file { $path }: this one and { $other }
    .hint = rename one of them
# A file in static/ would overwrite a generated file.
render-static-overwrites = this static file would overwrite { $path }, made from { $other }
    .hint = rename or move the static file
# An output file larger than limits.output_mb.
render-file-too-large = the output file { $path } would be larger than { $limit } MB (limits.output_mb in site.yaml)
    .hint = split the source into smaller files, or raise `limits: {"{"}output_mb: …{"}"}` in site.yaml if it is really meant to be this big
# A page larger than limits.output_mb once its tables, charts and figures are filled in.
render-page-too-large = this page would be larger than { $limit } MB once its tables, charts and figures are filled in (limits.output_mb in site.yaml)
    .hint = show a large table or chart once and link to its dataset page elsewhere; raise `limits: {"{"}output_mb: …{"}"}` in site.yaml only if the page is really meant to be this big
# A page that nests quotes, lists or HTML far too deep.
render-too-deep = this page nests its elements (quotes, lists, HTML) more than { $limit } levels deep
    .hint = simplify the page: no real page needs such nesting
# The zip of all datasets could not be made (a bug in Sunlight).
render-bundle = could not make data/{ $name }
    .hint = this is a bug in Sunlight; please report it with the build's output
# A render thread stopped (a bug in Sunlight).
render-thread = a render thread failed
    .hint = this is a bug in Sunlight; please report it
# A chart could not be drawn (a bug in Sunlight).
render-chart-failed = the chart could not be drawn
    .hint = this is a bug in Sunlight; please report it with the chart file
