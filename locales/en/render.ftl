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
# The theme lacks one of the templates every theme needs.
theme-missing-template = the theme has no template { $name }
    .hint = every theme needs index.html, section.html, page.html, dataset.html, catalogue.html, 404.html, search.html and sitemap.html (see docs/theme-contract.md)
# A template produced text that is not UTF-8.
template-not-utf8 = the template made text that is not UTF-8
    .hint = check the filters and functions the template calls
# A template made a page larger than limits.output_mb; it was stopped.
template-too-large = the page made with this template would be larger than { $limit } MB (limits.output_mb in site.yaml); it was stopped
    .hint = look for a loop that repeats far more than meant; raise `limits: {"{"}output_mb: …{"}"}` in site.yaml only if a page is really meant to be this big
# A template that runs longer than limits.template_million_steps (a loop that never ends).
template-out-of-steps = the template did not finish within { $limit } million steps (limits.template_million_steps in site.yaml): a loop that never ends, or loops inside loops, or a value built far too large
    .hint = look at the loops and `range(…)` calls near this line; raise `limits: {"{"}template_million_steps: …{"}"}` in site.yaml only if the page is really that big
# A theme template asks tr() for a word the catalogue does not have.
template-word-unknown = the template asks for the word `{ $id }`, which locales/*/theme.ftl does not have
    .hint = check the id in tr("…") against locales/en/theme.ftl, or add the word there and to locales/zh-CN/theme.ftl
# A theme template gives tr() a keyword the word does not use.
template-word-no-argument = the word `{ $id }` has no argument `{ $argument }`
    .hint = remove the keyword from tr("…"), or use it in the word in both locales/*/theme.ftl
# A theme template calls tr() without an argument the word needs.
template-word-missing-argument = the word `{ $id }` needs an argument that tr("…") does not give
    .hint = give every argument the word uses in locales/*/theme.ftl, e.g. tr("{ $id }", count=3)
# A theme template that does not compile or fails while rendering; the engine's own words follow, quoted.
template-error = template error: { $kind }: `{ $detail }`
    .hint = fix the template at this line; the theme's variables are listed in docs/theme-contract.md
