## Messages of the check stage.

# sunlight check: two charts draw the same figures of one dataset.
check-chart-twice = the chart `{ $chart }` draws the same figures as the chart `{ $first }`
    .hint = show one of the two charts, or draw other columns or rows of the dataset
# sunlight check: a chart of three figures or fewer.
check-chart-few = the chart `{ $chart }` shows only { $count } { $count ->
        [one] figure
       *[other] figures
    }
    .hint = a sentence with value() or a small table says three figures more plainly than a picture; keep the chart only if its shape matters
# sunlight check: one slice of a pie or donut chart is nearly all of it.
check-chart-dominant = one slice of the chart `{ $chart }` is { $share }% of the whole, so the other slices cannot be read
    .hint = say the share in a sentence, or draw the small parts as a bar chart
# sunlight check: a line chart over categories that are not consecutive years or months.
check-chart-line-gaps = the line chart `{ $chart }` joins categories that are not one continuous run of years or months
    .hint = a line says the values between points follow a trend; for separate items or a period with gaps use `type: bar`
# sunlight check: a stacked bar chart with more parts than its greyscale fills can tell apart.
check-chart-stacked = the stacked chart `{ $chart }` has { $parts } parts; past { $limit } their colours cannot be told apart in greyscale print or by readers who do not see hues
    .hint = join the smallest parts into one (其他), or draw the parts side by side with `type: grouped_bar`
# sunlight check: a figure typed in a page differs from the dataset's figure for the same thing.
check-figure-differs = the text says { $figure }, but { $dataset } holds { $held } for `{ $row }`
    .hint = { $place } is the dataset's figure; correct one of the two, then use { $call }
# sunlight check: a figure typed by hand that the page's dataset holds.
check-figure-in-dataset = the figure { $figure } is typed by hand and has no source
    .hint = the dataset holds this figure: write { $call }
# sunlight check: a figure typed by hand that some dataset holds.
check-figure-elsewhere = the figure { $figure } is typed by hand and has no source
    .hint = a dataset holds the same figure: write { $call }
# sunlight check: a figure typed by hand that no dataset holds.
check-figure-unsourced = the figure { $figure } is typed by hand and has no source
    .hint = add the figure to a dataset in data/ and write it with value(), so readers can see its source
# sunlight check: a page with a javascript: link.
link-script = { $page } has a javascript: link, which runs code in the reader's browser
    .hint = link to a page or an http(s) address instead; scripts belong in files under static/
# sunlight check: a link that starts with / but is outside the site's base path.
link-outside = the link { $target } points outside the site's base path
    .hint = fix the link: site pages are addressed from the site root like /section/page/ or relative like ../other-page/, datasets like /data/ID/
# sunlight check: a relative link in a part shown on every page.
link-relative = the link { $target } is relative; write it from the site root (/…) so it works on every page
    .hint = fix the link: site pages are addressed from the site root like /section/page/, datasets like /data/ID/
# sunlight check: a link to a page or file the site does not have.
link-missing = the link { $target } leads to a page or file that does not exist
    .hint = fix the link: site pages are addressed from the site root like /section/page/ or relative like ../other-page/, datasets like /data/ID/
# sunlight check: a link to an anchor (#…) the page does not have.
link-anchor = the link { $target } names an anchor (#…) that is not on that page
    .hint = check the heading or id the link points to; headings get their anchor from their text
# sunlight check: a CSV or spreadsheet without declared column types; the types were read from its figures.
check-types-inferred = the column types were read from the figures: { $columns }
    .hint = if they are right, declare them in { $sidecar } (`columns: [{"{"}header: …, type: integer{"}"}]`); if not, declare the right ones there
# sunlight check: a chart no page shows.
check-chart-unused = no page shows the chart `{ $chart }`
    .hint = show it with {"{{"} chart("{ $chart }") {"}}"}, or remove it if it is a leftover
# sunlight check: a dataset no page quotes.
check-dataset-unused = no page quotes the dataset `{ $dataset }`
    .hint = use it with {"{{"} table("{ $dataset }") {"}}"} or value(), or remove it if it is a leftover
# sunlight check: a table file whose indicator hierarchy was read from the numbering of its rows (一、 1. (1)); the editor confirms it.
check-hierarchy-read = the hierarchy was read from the numbering of the rows: { $groups }
    .hint = if it is right, write `hierarchy: numbering` in { $sidecar }; if the table is flat, `hierarchy: none`
# sunlight check: published figures of a dataset changed since the last build without a revision (a warning). `changes` lists up to three cells as "row · column (published value)"; `more` counts the others.
check-unrevised-change = published figures of `{ $id }` changed since the last build with no revision saying so (the published value in brackets): { $changes }{ $more ->
        [0] {""}
       *[other] {" "}and { $more } more
    }
    .hint = if this corrects a published figure, add to the dataset `revisions: [{"{"}date: YYYY-MM-DD, what: …, why: …, row: { $row }, column: { $column }, previous: …{"}"}]` so readers see the correction; if the change is a mistake, undo it
