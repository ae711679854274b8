## Words the generator itself writes into pages, for the site's readers (the theme's own words are in theme.ftl).
## A page in Chinese takes the Chinese, a page in any other language the English.

# The first link of every breadcrumb trail, and the home page's title in search results.
reader-home = Home
# The title of the data catalogue page, its breadcrumb and the search results' section for datasets.
reader-catalogue = Data catalogue
# The data catalogue page's description (its <meta> description and feed summary).
reader-catalogue-description = Every dataset published on this site, with CSV and JSON downloads.
# Before a dataset's source, under a table or chart; a space follows the colon.
reader-source = Source:{" "}
# Before a dataset's date, under a table or chart ("Data as of 2024-06-30"); a space ends it.
reader-as-of = Data as of{" "}
# The link under a table or chart to the dataset's own page.
reader-view-dataset = View the dataset
# The title of the 404 page.
reader-not-found = Page not found
# The text of the 404 page.
reader-not-found-description = The page you asked for does not exist or has moved.
# A table cell or bar with no figure (shown beside a dash).
reader-no-data = no data
# A table cell or bar whose figure was withheld by statistical disclosure control (shown beside "*").
reader-suppressed = withheld to protect people
# Before a chart's unit, in its legend; a space follows the colon.
reader-unit = Unit:{" "}
# The total slice or row of a pie chart's table, and the total category of a table made from records.
reader-total = Total
# The caption of the table that carries a chart's data, for readers who cannot see the chart.
reader-chart-data = The chart's data as a table
# Before the download links under a chart; a space follows the colon.
reader-download-data = Download the data:{" "}
# The link to a chart's SVG file.
reader-chart-image = SVG image
# The title of the search page.
reader-search = Search
# The search page's description.
reader-search-description = Search every page and dataset on this site.
# The label of the search box.
reader-search-label = Search this site
# The search button.
reader-search-button = Search
# Shown on the search page when the browser runs no JavaScript.
reader-search-no-script = Search needs JavaScript, which is not running in this browser. The site map lists every page and dataset by section.
# Shown while the search runs.
reader-search-loading = Searching…
# Above the results; the browser puts in the number of results (n) and the words searched for (q).
reader-search-found = { $n } results for “{ $q }”
# When nothing was found; the browser puts in the words searched for (q).
reader-search-none = Nothing found for “{ $q }”. Try another word, or browse the site map.
# When the search index could not be downloaded.
reader-search-failed = The search index could not be loaded. Try again later, or browse the site map.
# The button under the results that shows the next ones.
reader-search-more = Show more results
# The title of the site map page.
reader-sitemap = Site map
# The site map page's description.
reader-sitemap-description = Every page and dataset on this site, by section.
# The catalogue group of datasets with no topic and no page citing them.
reader-other-data = Other data
# The catalogue group of datasets marked `example: true`.
reader-example-data = Example data (fictional, for demonstration)
# A table made from records: the row or column of a category whose value was left empty.
reader-blank = (blank)
# The footnote of a table made from records in which figures were withheld (min: privacy.min_cell).
reader-note-withheld = “*” marks a figure withheld to protect people: cells made from fewer than { $min } records or mostly from one or two of them, and cells from which such a figure could be worked out.
# The footnote of a table made from the same records as other tables (tables: their names, each as reader-note-table).
reader-note-protected-together = This table and the { $count ->
        [one] table
       *[other] tables
    } { $tables } are made from the same roster; their withheld cells were chosen together, so they cannot be worked out by adding or subtracting one table from another.
# One of the tables named in reader-note-protected-together (English pages name it by its id).
reader-note-table = `{ $table }`
# The heading of a `count` measure of a table made from records, when `publish` gives it no label.
reader-measure-count = Number of records
# The heading of a measure of a column, when `publish` gives it no label (column: the column's label; op: one of the reader-measure words below).
reader-measure-of-column = { $column }, { $op }
# A measure's operation inside reader-measure-of-column: `sum`.
reader-measure-sum = total
# A measure's operation inside reader-measure-of-column: `mean`.
reader-measure-mean = average
# A measure's operation inside reader-measure-of-column: `min`.
reader-measure-min = lowest
# A measure's operation inside reader-measure-of-column: `median`.
reader-measure-median = median
# A measure's operation inside reader-measure-of-column: `max`.
reader-measure-max = highest
# A public document's details (文档信息): the label of its index number (索引号).
reader-doc-index-no = Index number
# A public document's details: the label of its topic (主题分类).
reader-doc-topic = Topic
# A public document's details: the label of the body that issued it (发文机关).
reader-doc-issuer = Issued by
# A public document's details: the label of its document number (文号).
reader-doc-number = Document number
# A public document's details: the label of the date it was written (成文日期).
reader-doc-written = Written
# A public document's details: the label of the date it was published (发布日期).
reader-doc-published = Published
# A public document's details: the label of whether it is still in force (有效性).
reader-doc-validity = Validity
# The catalogue of public documents: the topic of a document that names none.
reader-other-topic = Other
# The catalogue of public documents: the year list of documents with no date.
reader-undated = Undated
# The catalogue of public documents: the name of a year's list (year: four digits).
reader-year = { $year }
# The feed (atom.xml): before what a correction changed; a space ends it in English.
reader-feed-correction = Correction:{" "}
# The feed: a correction with its reason (what: what changed; why: the reason given).
reader-feed-correction-why = { $what } (why: { $why })
# A key figure tile: the date of its figure, under it (date: written out).
reader-tile-as-of = As of { $date }
# The provenance note of a figure in running text: its dataset, row and column; a space ends it.
reader-figure-note = { $dataset }: { $row }, { $column }.{" "}
# The provenance note: the date of the data (date: written out); a space ends it.
reader-figure-note-as-of = Data as of { $date }.{" "}
# The provenance note: the dataset's source; a space ends it.
reader-figure-note-source = Source: { $source }.{" "}
# The accessible name of the button after a figure that opens its provenance note.
reader-figure-source-button = Source
# The one character shown on that button.
reader-figure-source-glyph = i
# Between two figures written next to each other (3815 households, 5829 people).
reader-between-figures = ,{" "}
# A figure's change: the other period has no figure (period: that period, written out; name, the kind of comparison, is said in Chinese only).
reader-change-no-figure = no figure to compare with for { $period }
# A figure's change: the other period's figure is 0, so no rate can be given.
reader-change-from-zero = no rate of change: the figure for { $period } is 0
# A figure's change: the same to one decimal.
reader-change-same = unchanged on { $period }
# A figure's change: up by a percentage (shown: one decimal).
reader-change-up = up { $shown }% on { $period }
# A figure's change: down by a percentage (shown: one decimal).
reader-change-down = down { $shown }% on { $period }
# A percentage's change: up by percentage points (shown: one decimal).
reader-change-up-points = up { $shown } percentage points on { $period }
# A percentage's change: down by percentage points (shown: one decimal).
reader-change-down-points = down { $shown } percentage points on { $period }
# The kind of comparison, named in Chinese only (环比): against the period before.
reader-change-on-previous = on the period before
# The kind of comparison, named in Chinese only (同比): against the same period a year earlier.
reader-change-on-year-ago = on a year earlier
# The kind of comparison, named in Chinese only (比上年): a yearly table against the year before.
reader-change-on-year = on the year before
# The number of a chart in the page, as ref() links to it and its caption names it.
reader-figure-number = Figure { $number }
# The number of a table in the page, as ref() links to it and its caption names it.
reader-table-number = Table { $number }
# Read by screen readers after a corrected figure's mark: when it was corrected (date: written out).
reader-corrected = corrected on { $date }
# The same, with the figure it replaced (previous: written out with its unit).
reader-corrected-was = corrected on { $date }; previously { $previous }
# The mark after a corrected figure, linking to the dataset's corrections.
reader-corrected-mark = Corrected
# Between a label and what follows it, read by screen readers after the mark; a space ends it in English.
reader-colon = :{" "}
# The title of the second and later pages of a long section list (page: its number).
reader-list-page-title = { $title } (page { $page })
# The name of the CSV column that marks a table's total rows (and of the same field in datapackage.json).
reader-total-row-column = Total row
# The word in that column on a total row.
reader-total-row-yes = yes

## The description of a chart (its `<desc>`, read by screen readers, and the sentences under it): the words between the figures. Figures (`value`, `total`, `difference`) come written out in the page's language; `category` is a category of the chart as its data names it.

# The kind of chart, first word of its description.
reader-chart-kind = { $kind ->
        [bar] Bar chart
        [grouped-bar] Grouped bar chart
        [stacked-bar] Stacked bar chart
        [line] Line chart
        [pie] Pie chart
        [donut] Donut chart
       *[figure] Key figure
    }
# A chart drawn as small multiples, one per unit (kind: the kind of chart; units: the units, listed).
reader-chart-panels = { $kind }, drawn as { $count } small charts, one for each unit ({ $units }), each with its own axis
# A change of a percentage, in percentage points.
reader-chart-points = { $points } percentage points
# How many categories a bar or line chart has.
reader-chart-items = { $count } { $count ->
        [one] item
       *[other] items
    }
# How many slices a pie chart has, and their total.
reader-chart-parts = { $count } { $count ->
        [one] part
       *[other] parts
    }, { $total } in total
# The total of a series.
reader-chart-total = total { $total }
# The categories of a series without a figure (listed).
reader-chart-no-data = { $categories }: no data
# The largest slice of a pie chart, with its share of the whole.
reader-chart-largest-slice = largest: { $category }, { $value } ({ $share }%)
# The smallest slice of a pie chart, with its share of the whole.
reader-chart-smallest-slice = smallest: { $category }, { $value } ({ $share }%)
# The highest figure of a series.
reader-chart-highest = highest { $category }, { $value }
# The lowest figure of a series.
reader-chart-lowest = lowest { $category }, { $value }
# The first and last figures of a series over time are the same.
reader-chart-unchanged = { $value } in both { $from } and { $to }
# The change of a series over time from its first to its last figure (direction: up or down; rate: reader-chart-rate, or nothing).
reader-chart-change = from { $from_value } in { $from } to { $to_value } in { $to }, { $direction ->
        [up] up
       *[down] down
    } { $difference }{ $rate }
# The relative change after reader-chart-change (percent: one decimal).
reader-chart-rate = {" "}({ $direction ->
        [up] +
       *[down] −
    }{ $percent }%)
# A key figure's change on the figure it is compared with, after the arrow (label: that figure's label, e.g. 2022).
reader-key-figure-up = +{ $percent }% on { $label }
# A key figure's fall on the figure it is compared with, after the arrow.
reader-key-figure-down = −{ $percent }% on { $label }
# A key figure the same as the figure it is compared with (to one decimal).
reader-key-figure-same = Unchanged on { $label }
