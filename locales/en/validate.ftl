## Messages of the validate stage.

# A chart whose `y:` is an empty list.
chart-y-empty = `y` names no column to draw
    .hint = { $count ->
        [0] the dataset has no column of numbers (integer, number or percent) to draw; declare one under `columns:`
       *[other] name one or more numeric columns: { $columns }
    }
# A chart's `y:` names a text or date column.
chart-y-not-numeric = `{ $column }` is a { $kind } column; a chart draws numbers
    .hint = { $count ->
        [0] the dataset has no column of numbers (integer, number or percent) to draw; declare one under `columns:`
       *[other] name a column of type integer, number or percent: { $columns }
    }
# `translations:` in a dataset or chart names a language site.yaml does not list.
translation-unknown-language = `translations` names the language `{ $code }`, which site.yaml does not list
    .hint = { $count ->
        [0] add the language under `languages:` in site.yaml, or remove this translation
       *[other] the site's other languages are: { $languages }; add `{ $code }` under `languages:` in site.yaml or fix the code
    }
# A dataset or chart whose translation lacks some words; those parts show in the default language.
translation-partial = the `{ $code }` pages show this { $what } partly in the default language: no `{ $code }` translation for { $parts }
    .hint = add them under `translations: {"{"}{ $code }: …{"}"}` in this file (see README.md, "Translations")
# A dataset translation names a column the dataset does not have.
translation-no-column = the translation names a column `{ $column }` the dataset does not have
    .hint = { $count ->
        [0] the dataset declares no columns
       *[other] use one of the column keys: { $columns }
    }
# A dataset translation names a text that no row holds.
translation-no-text = the translation names a text `{ $text }` that no row of the dataset holds
    .hint = `values` translates row keys and text cells exactly as they stand in the table
# `kind:` of a dataset is neither aggregate nor records.
dataset-unknown-kind = unknown dataset kind `{ $kind }`
    .hint = use `kind: aggregate` (the default) or `kind: records`
# `as_of:` of a dataset is not a date.
dataset-bad-date = `{ $value }` is not a date
    .hint = write the date as YYYY-MM-DD, e.g. 2023-10-31
# A records dataset with `rows:` (an aggregate's key).
records-rows = a records dataset has `records:`, not `rows:`
    .hint = rename `rows:` to `records:`; only the `publish` aggregates of records are published
# A dataset with records, `publish:` or personal columns that is not marked as records.
records-unmarked = this dataset has records, `publish:` or personal columns but is not marked `kind: records`
    .hint = add `kind: records` so the records are aggregated and never published as they are
# A row of a dataset with nothing in its first (key) column.
dataset-row-no-key = the row has no value in its key column `{ $column }`
    .hint = every row needs a value in the first column: it names the row
# Two rows of a dataset with the same key.
dataset-row-twice = the row key `{ $key }` appears twice
    .hint = row keys (the first column) must be unique, since value() and links name rows by them
# `frequency:` of a dataset is not one of the update frequencies.
dataset-bad-frequency = `frequency: { $value }` is not an update frequency
    .hint = use one of { $allowed }
# A dataset without `columns:`.
dataset-no-columns = the dataset declares no columns
    .hint = add `columns:` with at least a key column, e.g. `- {"{"}key: category, label: 类别{"}"}`
# A column key that is empty or has spaces.
dataset-bad-column-key = the column key `{ $key }` is empty or has spaces
    .hint = use a short key such as `persons` or `households`
# Two columns of a dataset with the same key.
dataset-column-twice = the column key `{ $key }` is declared twice
    .hint = give each column its own key
# `type:` of a column is not a column type.
dataset-unknown-type = unknown column type `{ $kind }`
    .hint = use one of: text, integer, number, percent, date
# A level under `levels:` of a column that is empty or listed twice.
dataset-bad-level = the level `{ $level }` of `{ $column }` is empty or listed twice
    .hint = list each category once
# A column whose `min:` is above its `max:`.
dataset-min-above-max = the column `{ $column }` has `min:` above `max:`
    .hint = swap the two bounds
# A cell whose value is not one of its column's `levels:`.
cell-not-a-level = a value in the column `{ $column }` is not one of its declared levels
    .hint = use one of: { $levels }; or add the value to `levels:`
# A figure too large to keep every digit of (above 2^53).
cell-too-large = a value in the column `{ $column }` is too large to be shown exactly
    .hint = numbers above 9007199254740992 cannot be published digit for digit; check the figure or its unit
# A figure below its column's `min:` (0 for counts of people).
cell-below-min = a value in the column `{ $column }` is below its minimum { $min }{ $count ->
        [yes] {" "}(a count cannot be negative)
       *[no] {""}
    }
    .hint = correct the figure, or declare the column's range with `min:`
# A figure above its column's `max:`.
cell-above-max = a value in the column `{ $column }` is above its maximum { $max }
    .hint = correct the figure, or declare the column's range with `max:`
# A cell of a CSV records file that is not a number in a numeric column.
csv-not-number = a value in the { $kind } column `{ $column }` is not a number
    .hint = write digits only, without units or commas
# A cell of a CSV records file that is not a date in a date column.
csv-not-date = a value in the date column `{ $column }` is not a date
    .hint = write dates as YYYY-MM-DD
# A whole number in an integer column with more digits than a figure can hold exactly (e.g. 20 digits: often an ID or account number).
cell-integer-too-large = a whole number of { $digits } digits in the integer column `{ $column }` is too large to be kept exactly
    .hint = check that this is a figure and not a code or an account number; a code belongs in a `type: text` column, in quotes
# A figure with decimals in an integer column.
cell-not-whole = `{ $value }` in the integer column `{ $column }` is not a whole number
    .hint = write a whole number, or declare the column `type: number`
# A percentage in a column of type number.
cell-percentage = `{ $value }` in the number column `{ $column }` is a percentage
    .hint = declare the column `type: percent`, or write the figure without %
# A cell of a date column that is not a date.
cell-not-date = `{ $value }` in the date column `{ $column }` is not a date
    .hint = write the date as YYYY-MM-DD, e.g. 2023-10-31
# A word or true/false in a numeric column.
cell-not-number = `{ $value }` in the { $kind } column `{ $column }` is not a number
    .hint = write digits only (e.g. 3815 or 17265.21), without units or words; leave the cell out if there is no figure
# Text in a numeric column that is not a figure as statisticians write them: words, a bad decimal part, commas mixed with spaces, or digits not grouped in threes.
cell-not-figure = `{ $value }` in the { $kind } column `{ $column }` { $why ->
        [mixed] mixes commas and spaces between digits
        [grouped] has its digits grouped wrongly
       *[other] is not a number
    }
    .hint = { $why ->
        [decimal] write the figure in digits (e.g. 123,894.7), with one decimal point
        [mixed] group digits in threes from the right (1,405 or 1 405), or write them without separators
        [grouped] group digits in threes from the right (1,405 or 1 405), or write them without separators
       *[other] write the figure in digits (e.g. 1405, 1,405 or 12.5%), without words or units; write `-` where there is no figure
    }
# A row of a CSV or spreadsheet with nothing in its first column.
table-row-no-name = this row has no name in its first column
    .hint = every row needs a name in the first column: value() and links name rows by it
# Two rows of a CSV or spreadsheet with the same name.
table-row-twice = the row name `{ $key }` appears twice
    .hint = row names (the first column) must be unique, since value() and links name rows by them; rename one of the rows
# Two entries of a table file's YAML sidecar describe the same column.
sidecar-column-twice = two columns of the sidecar describe the table's column `{ $column }`
    .hint = name the column by its header with `header:`; the table's headers are: { $headers }
# A table file's YAML sidecar describes a column the table does not have.
sidecar-no-column = the sidecar describes a column `{ $column }`, which the table does not have
    .hint = name the column by its header with `header:`; the table's headers are: { $headers }
# Two columns of a table file that get the same key from their headers.
table-key-twice = two columns have the key `{ $key }`
    .hint = give one of the headers other words, or give the columns their own `key:` in the sidecar
# A records column that looks personal (name, phone, ID…) marked `personal: false` without saying why.
records-personal-no-reason = the column `{ $column }` looks personal but is marked `personal: false` without a reason
    .hint = add `personal_reason:` saying why its values identify no one (e.g. the address of an office)
# A records column that looks personal, without `personal:`.
records-personal-unmarked = the column `{ $column }` looks personal but is not marked
    .hint = add `personal: true` (it is never published), or `personal: false` with `personal_reason:` saying why it identifies no one
# A row of `{…}` where a figure with a thousands separator (1,405) was split into a key `405`.
dataset-row-thousands = the row has a value for `{ $key }`, which is not a declared column
    .hint = a figure with a thousands separator inside `{"{"}…{"}"}` must be quoted, e.g. "1,{ $key }"; otherwise declare the column under `columns:` or use one of: { $columns }
# A row with a value for a key that is not a declared column.
dataset-row-undeclared = the row has a value for `{ $key }`, which is not a declared column
    .hint = declare the column under `columns:` or use one of: { $columns }
# A records dataset with both `records:` and a CSV file.
records-twice = records are given both here and in { $csv }
    .hint = keep the records in one place: remove `records:` or the CSV file
# A records dataset without any records.
records-none = a records dataset needs its records
    .hint = add `records:` here or put them in { $csv }
# The first line of a CSV records file cannot be read.
csv-header = the CSV header cannot be read
    .hint = the first line must list the column keys, separated by commas
# A CSV records file without a column its YAML declares.
csv-no-column = the CSV has no column `{ $column }`
    .hint = the CSV header must use the column keys declared in the YAML sidecar
# A CSV records file with a column its YAML does not declare.
csv-undeclared = the CSV column `{ $column }` is not declared
    .hint = declare it under `columns:` in the YAML sidecar, or remove it
# A CSV line with the wrong number of fields or bad quotes.
csv-line = this CSV line cannot be read (wrong number of fields or bad quoting)
    .hint = check commas and quotes on this line
# A records dataset without `publish:`.
publish-missing = a records dataset needs a `publish:` block
    .hint = add `publish:` with `group_by:` and `measures:`; without it nothing of this dataset can be published
# `publish:` as an empty list.
publish-empty = `publish` lists no tables
    .hint = add at least one table with `group_by:` and `measures:`
# A published table's `id:` that cannot be part of an address.
publish-bad-id = the table id `{ $id }` is empty or has characters other than letters, digits, - and _
    .hint = use a short id such as `roster-by-area`: it becomes the table's address
# Two published tables with the same id.
publish-id-twice = two tables of `publish` have the id `{ $id }`
    .hint = give each table its own `id:`; a table without one takes the file's name
# A column named twice in `group_by` and `period`.
publish-grouped-twice = `{ $column }` is grouped by twice
    .hint = name each column once in `group_by` and `period`
# A published table without `group_by:` or `period:`.
publish-no-group = `group_by` is empty
    .hint = name at least one column to group the records by
# A published table without measures.
publish-no-measures = `measures` is empty
    .hint = add at least `persons: count`
# `group_by` or `period` names something that is not a column.
publish-not-column = `{ $key }` names `{ $column }`, which is not a column
    .hint = use the key of a declared column
# A published table grouped by a personal column.
publish-group-personal = `{ $column }` is a personal column and cannot be grouped by
    .hint = group by a non-personal column such as a township or category
# A measure other than count, sum, mean, min, max, median.
publish-unknown-measure = unknown measure `{ $op }`
    .hint = use count, sum, mean, min, max or median
# A measure that reads a column the records do not have.
publish-measure-not-column = the measure `{ $measure }` reads `{ $column }`, which is not a column
    .hint = name a numeric column with `column:`
# A measure of a personal column.
publish-measure-personal = `{ $column }` is a personal column and cannot be a measure
    .hint = measure a non-personal numeric column
# A sum, mean, min, max or median of a column that is not numeric.
publish-measure-not-numeric = `{ $column }` is not a numeric column
    .hint = declare it `type: integer` or `type: number`
# A chart draws figures in units of different measures (人 and 户) on one axis.
chart-units-mixed = the figures drawn have different units ({ $units }), which one axis cannot show
    .hint = write `small_multiples: true` to draw each unit as a small chart of its own with its own axis, one above the other; or make one chart for each unit
# A chart draws figures of one kind in different magnitudes (万元 and 亿元) without `display_unit:`.
chart-units-magnitudes = the figures drawn have different units ({ $units }), which one axis cannot show
    .hint = set `display_unit:` to one of them (e.g. `display_unit: { $first }`) to draw every figure converted to it
# `display_unit:` names a unit a drawn figure cannot be converted to.
chart-display-unit-cannot = `display_unit: { $target }` cannot show the figure of `{ $row }`, which is in { $unit }
    .hint = display_unit converts between units of one kind that differ by 千, 万 or 亿 (元, 万元, 亿元; 人, 万人; 户, 万户); for figures of other units write `small_multiples: true`, which gives each unit a small chart of its own
# `small_multiples: true` on a pie, donut or figure, which have no value axis to repeat.
chart-panels-kind = a { $kind } chart cannot be drawn as small multiples
    .hint = small multiples are for bar, grouped_bar, stacked_bar and line charts; make one { $kind } for each unit instead
# `small_multiples: true` together with `display_unit:`.
chart-panels-display-unit = `small_multiples` and `display_unit` cannot be used together
    .hint = `display_unit` draws every figure in one unit on one axis; `small_multiples` gives each unit its own chart; keep the one you mean
# `small_multiples: true` together with `unit:`, which would put one unit over every panel.
chart-panels-unit = `small_multiples` and `unit` cannot be used together
    .hint = each small chart is labelled with the unit of its own figures; remove `unit`
# Small multiples of figures whose units change both across columns and across rows.
chart-panels-crossed = the units of the figures drawn change both from column to column and from row to row, so they cannot be split into small charts of one unit each
    .hint = choose with `rows:` and `y:` figures whose units change only between columns, or only between rows
# `period_column:` names no column of the table.
dataset-period-column-unknown = there is no column `{ $column }` to read the periods from
    .hint = name the column whose cells give each row's month, quarter or year; the columns are: { $columns }
# `period_column:` together with `period:` or `series:`, which are for a table of one period.
dataset-period-column-and-period = a table with `period_column` holds every period in its rows, so it takes no `period:` or `series:`
    .hint = remove `period:` and `series:`; value(), key figures and charts then use the table itself as the series
# A row of a table with `period_column:` whose cell there is no period.
dataset-period-cell = `{ $value }` in the period column `{ $column }` is not a period
    .hint = write a month as 2023-10 or 2023年10月, a quarter as 2023-Q3, a year as 2023 (with its year: not 10月); a row that adds up the others needs `totals: [ROW]` in the sidecar
# Two rows of a table with `period_column:` name the same period.
dataset-period-twice = a second row for { $period }
    .hint = each period has one row; correct the period of one of them
# A table with `period_column:` mixes months, quarters and years.
dataset-period-kinds = the rows mix periods of different kinds ({ $first } and { $period })
    .hint = a table of periods is monthly, quarterly or yearly throughout; make a table for each
# value() in a table whose rows are periods gives a row and `period=` that disagree.
value-period-twice = value() names the row `{ $row }` and the period { $period } of `{ $dataset }`, which are not the same
    .hint = in a table whose rows are periods, give the period once: value("{ $dataset }", "COLUMN", period="{ $period }")
# value() asks a table whose rows are periods for a period it has no row for.
value-period-no-row = `{ $dataset }` has no row for the period { $period }
    .hint = { $count ->
        [0] the table has no rows naming a period
       *[other] its periods are: { $periods }
    }
# value(…, period=) with something that is not a period.
value-not-a-period = `{ $period }` is not a period
    .hint = write a month as 2023-10, a quarter as 2023-Q3, a year as 2023
# value(…, change=) on a row of a table of periods that stands for no period (a 合计 row).
value-change-no-period = the row `{ $row }` of `{ $dataset }` stands for no period, so there is no other period to compare it with
    .hint = ask for the change of a row that names a period, or leave `change=` out
# A chart along the periods of a table whose rows are periods draws a row that names no period (a 合计 row).
chart-row-no-period = the row `{ $row }` of `{ $dataset }` names no period, so a chart along the periods has no place for it
    .hint = leave it out with `rows: [...]`, or draw it in a chart of its own
# A chart along the periods of a table spans more periods than a chart can show.
chart-periods-too-many = the rows of `{ $dataset }` span { $first } to { $last }, more periods than a chart can show ({ $most })
    .hint = check the periods of the first and last rows for a typing slip (e.g. 2203-10 for 2023-10), or choose rows with `rows: [...]`
# `y: periods` (rows drawn across the period columns) on a chart type that has no axis of periods.
chart-across-kind = a `{ $type }` chart cannot draw rows across the period columns (`y: periods`)
    .hint = use `type: line` or `type: bar` (`grouped_bar` for several rows); a `{ $type }` chart draws one column of several rows
# `y: periods` on a table with no column named for a period.
chart-across-no-periods = `y: periods` draws rows across the columns named for periods, but no column of `{ $dataset }` is named for one
    .hint = the column headers must be periods, such as 2023年1月, 2023-01, 2023-Q1 or 2023 (the columns are: { $columns }); or name the columns to draw in `y`
# Two columns of a table are named for the same period.
chart-across-period-twice = the columns `{ $first }` and `{ $second }` of `{ $dataset }` are both named for { $period }
    .hint = each period may have one column; correct the header of the other
# A column named for a period holds text.
chart-across-text-column = the column `{ $column }` of `{ $dataset }` is named for a period but holds text, so it cannot be drawn
    .hint = declare it `type: number` under `columns:` in the dataset's sidecar, and correct the cells that are not figures
# The period columns of a table span more periods than a chart can show.
chart-across-too-many = the period columns of `{ $dataset }` span { $first } to { $last }, more periods than a chart can show ({ $most })
    .hint = check the headers of the first and last period columns for a typing slip (e.g. 2203年1月 for 2023年1月)
# `y: periods` without `rows:`.
chart-across-no-rows = a chart across the period columns of `{ $dataset }` must say which rows to draw
    .hint = list them under `rows:` (e.g. `rows: [{ $first }]`); each is drawn as a line (or bars) across the periods
# A row drawn across the period columns has no figure in any of them (a heading row).
chart-across-row-empty = the row `{ $row }` of `{ $dataset }` has no figure in any period column, so there is nothing to draw
    .hint = a heading has no figures of its own; name the indicators below it
# A row drawn across the period columns is in different units in different columns.
chart-across-row-units = the row `{ $row }` is in { $first } in one period column and in { $other } in another, which one line cannot show
    .hint = give the period columns one unit (in the headers or the sidecar's `columns:`)
# `type: bar` across the period columns naming several rows.
chart-across-one-row = a `bar` chart draws one row across the periods, but `rows` names { $count }
    .hint = use `type: line` or `type: grouped_bar` to draw several rows, or `small_multiples: true` for rows in different units
# `type: grouped_bar` or `stacked_bar` across the period columns naming one row.
chart-across-several-rows = a `{ $type }` chart across the periods compares several rows, but `rows` names one
    .hint = use `type: bar` or `type: line` for one row, or name more rows
# value(), a key figure or a chart names a row by a name several rows of the table share under different parents.
value-row-repeated = several rows of `{ $dataset }` are named `{ $row }`, under different headings
    .hint = name the one you mean with its heading, as the table's rows are named: { $rows } (e.g. "{ $first }")

## Pages, their front matter and their shortcodes.

# Two published tables (from two files) with the same id.
dataset-id-twice = the dataset id `{ $id }` is used by { $other } too
    .hint = give the table its own `id:` under `publish:`, or rename one of the files
# Two pages written to the same web address.
page-address-twice = this page would be written to the same address /{ $path } as { $other }
    .hint = rename one of the two files
# A content file or folder name with spaces or ? # % " < >.
page-bad-name = this file or folder name cannot be used in a web address
    .hint = rename it without spaces or the characters ? # % " < >; short ASCII names work best
# `date:` of a page is not a date.
page-bad-date = `{ $value }` is not a date
    .hint = write the date as YYYY-MM-DD, e.g. 2023-11-30
# `template:` of a page names a template the theme does not have.
page-no-template = the theme has no template `{ $template }`
    .hint = use one of: { $templates }
# `paginate:` is zero, negative or not a whole number.
page-bad-paginate = `paginate: { $value }` is not a number of pages to list at a time
    .hint = write a whole number of at least 1, e.g. paginate: 20
# `per_row:` in a file that is not _row.md.
page-per-row-elsewhere = `per_row:` makes one page per row, but only in a file named _row.md
    .hint = rename this file to _row.md in the section folder its pages belong to, or remove `per_row:`
# `paginate:` in a file that is not a section's _index.md.
page-paginate-elsewhere = `paginate:` sets how many pages a section lists at a time, but this is not a section's _index.md
    .hint = move it to the _index.md of the section folder whose list it should split
# A page `NAME.CODE.md` whose language code site.yaml does not list.
page-unknown-language = `{ $file }` ends in `.{ $code }.md`, but site.yaml does not list the language `{ $code }`
    .hint = { $count ->
        [0] add `languages: {"{"}{ $code }: {"{"}title: …{"}}"}` to site.yaml, or rename the file without `.{ $code }`
       *[other] the site's other languages are: { $languages }; add `{ $code }` under `languages:` in site.yaml, or rename the file
    }
# A translation `NAME.CODE.md` without the page `NAME.md` it translates.
page-translation-orphan = `{ $file }` translates `{ $original }`, which does not exist
    .hint = a translation sits beside the page it translates: write that page first, or fix the file name
# `{{ row.… }}` on a page that is not made for a row.
shortcode-row-not-row-page = `{ $name }` names the row of a per-row page, and this page is not one
    .hint = a page made for each row of a dataset is a content/SECTION/_row.md with `per_row: DATASET`
# `value("column", period=…)` on a per-row page.
shortcode-value-one-period = value() with one argument reads the page's own row, so it takes no period
    .hint = name the series, row and column: {"{{"} value("SERIES", "ROW", "COLUMN", period="2023-10") {"}}"}
# `value("column")` on a page that is not made for a row.
shortcode-value-one-not-row-page = value() with one argument names a column of the page's row, and this page is not made for a row
    .hint = name the dataset, row and column, {"{{"} value("DATASET", "ROW", "COLUMN") {"}}"}, or make the page a content/SECTION/_row.md with `per_row: DATASET`
# `value(…)` with a number of arguments other than three (or one on a per-row page).
shortcode-value-arguments = value() takes three texts in quotes (dataset, row, column), but got { $count ->
        [one] one argument
       *[other] { $count } arguments
    }
    .hint = write {"{{"} value("DATASET", "ROW", "COLUMN") {"}}"}, each in straight quotes
# `table(…)` not given exactly one text.
shortcode-table-arguments = table() takes one text in quotes: the dataset id
    .hint = write {"{{"} table("DATASET") {"}}"}, with the file name in data/ without its extension
# `chart(…)` not given exactly one text.
shortcode-chart-arguments = chart() takes one text in quotes: the chart id
    .hint = write {"{{"} chart("CHART") {"}}"}, with the file name in charts/ without .yaml
# `chart("x")` where charts/x.yaml does not exist.
shortcode-no-chart = there is no chart `{ $id }`
    .hint = { $found ->
        [0] add charts/{ $id }.yaml, or use the name of a file in charts/ without .yaml
       *[other] did you mean `{ $near }`? charts are the files in charts/, named by file name without .yaml
    }
# `{{ name(…) }}` with a name that is not a shortcode.
shortcode-unknown = there is no shortcode called `{ $name }`
    .hint = the shortcodes are value(), table(), chart() and ref(); write \{"{{"} for literal braces
# An option of value() other than unit=, period=, change=.
shortcode-value-option = value() has no option `{ $option }` of that kind
    .hint = the options are unit=false (leave the unit out), period="2023-10" (a period of a series) and change="环比" or change="同比"
# `value("key column")` on a per-row page.
shortcode-key-column = `{ $column }` is the key column of `{ $dataset }`, not a figure
    .hint = write {"{{"} row.label {"}}"} for the row's name, or name a column that holds a figure
# `value("column")` on a per-row page names a column the dataset does not have.
shortcode-no-row-column = the dataset `{ $dataset }` has no column `{ $column }`
    .hint = { $found ->
        [0] { $count ->
            [0] the dataset has no column of figures
           *[other] use one of the column keys: { $columns }
        }
       *[other] did you mean `{ $near }`?
    }
# A dataset id in value(), table(), per_row: or a key figure that is not a dataset of the site.
shortcode-no-dataset = there is no dataset `{ $id }`
    .hint = { $found ->
        [0] add data/{ $id }.yaml, or use the name of a file in data/ without its extension
       *[other] did you mean `{ $near }`? datasets are the files in data/, named by file name without .yaml
    }
# A row name in value() or a key figure that the dataset does not have.
shortcode-no-row = the dataset `{ $dataset }` has no row `{ $row }`
    .hint = { $found ->
        [0] { $count ->
            [0] the dataset has no rows yet
           *[other] rows are named by their first column, e.g. `{ $first }`
        }
       *[other] did you mean `{ $near }`? rows are named by their first column
    }
# A column key in value() or a key figure that the dataset does not have.
shortcode-no-column = the dataset `{ $dataset }` has no column `{ $column }`
    .hint = { $found ->
        [0] { $count ->
            [0] the dataset has no column of figures
           *[other] use one of the column keys: { $columns }
        }
       *[other] did you mean `{ $near }`? the column keys are: { $columns }
    }
# value() or a key figure naming the key (first) column.
shortcode-cell-key-column = `{ $column }` is the key column of `{ $dataset }`, not a figure
    .hint = name a column that holds the figure
# value() of a cell withheld by the privacy rules.
shortcode-cell-withheld = the figure for row `{ $row }`, column `{ $column }` of `{ $dataset }` is withheld to protect people
    .hint = a withheld figure cannot be quoted; quote a total or a larger group instead
# value() of an empty cell.
shortcode-cell-empty = the dataset `{ $dataset }` has no value for row `{ $row }`, column `{ $column }`
    .hint = add the figure to { $file } or name another cell
# An HTML comment `<!--` without `-->`.
shortcode-comment-open = this HTML comment is never closed
    .hint = close it with -->, or remove the <!--
# `{{` without `}}`.
shortcode-open = this shortcode is never closed
    .hint = end it with {"}}"}, e.g. {"{{"} value("DATASET", "ROW", "COLUMN") {"}}"}; write \{"{{"} for literal braces
# `{{ … }}` that does not start with a name.
shortcode-no-name = a shortcode must start with a name such as value, table or chart
    .hint = write it as {"{{"} name("argument", …) {"}}"}, e.g. {"{{"} value("DATASET", "ROW", "COLUMN") {"}}"}
# `{{ row. }}`: a dot with nothing after it.
shortcode-dot-no-name = expected a name after `{ $path }.`
    .hint = write {"{{"} row.label {"}}"}, {"{{"} row.COLUMN {"}}"}, {"{{"} row.COLUMN.label {"}}"} or {"{{"} row.COLUMN.unit {"}}"}
# `{{ row.label(…) }}`: a dotted name given arguments.
shortcode-dot-arguments = unexpected text after `{ $path }`: a dotted name takes no arguments
    .hint = write it alone, e.g. {"{{"} row.label {"}}"}
# `{{ value "x" }}`: no bracket after the name.
shortcode-no-bracket = expected `(` after `{ $name }`
    .hint = write it as {"{{"} { $name }("argument", …) {"}}"}
# Arguments separated by a full-width comma `，` or `、`.
shortcode-full-width-comma = the arguments are separated by a full-width comma `{ $found }`
    .hint = type the half-width comma `,` (switch the input method to English punctuation), e.g. {"{{"} value("DATASET", "ROW", "COLUMN") {"}}"}
# A shortcode closed with a full-width bracket `）`.
shortcode-full-width-bracket = the shortcode is closed with a full-width bracket `）`
    .hint = type the half-width `)` (switch the input method to English punctuation)
# Two arguments with something other than a comma between them.
shortcode-no-comma = expected `,` or `)` between arguments
    .hint = separate the arguments with commas, e.g. {"{{"} value("DATASET", "ROW", "COLUMN") {"}}"}
# `unit=false, "x"`: a positional argument after a named one.
shortcode-positional-after-named = positional arguments must come before named ones
    .hint = put the texts in quotes first and options such as unit=false after them
# Text after the closing `)`.
shortcode-after-bracket = unexpected text after the closing `)`
    .hint = end the shortcode right after `)` with {"}}"}
# An argument in Chinese quotes “”.
shortcode-curly-quotes = use straight quotes " in shortcodes, not Chinese quotes “”
    .hint = switch the input method to English punctuation and type the quotes again
# A text argument without its closing quote.
shortcode-no-closing-quote = this text argument has no closing quote
    .hint = end the text with the same quote it starts with
# A bare word as an argument.
shortcode-bare-word = `{ $word }` is not a value: put text in quotes, like "{ $word }"
    .hint = texts are written in straight quotes; true and false and whole numbers need none
# Something that is not an argument where one is expected.
shortcode-no-argument = expected an argument in quotes
    .hint = write it as {"{{"} name("argument", …) {"}}"}, e.g. {"{{"} value("DATASET", "ROW", "COLUMN") {"}}"}
# ref() not given one text.
ref-arguments = ref() takes one text in quotes: the id of a chart or table on this page
    .hint = write {"{{"} ref("ID") {"}}"} with the id of a chart() or table() shown on this page
# ref() given options.
ref-options = ref() takes no options
    .hint = write {"{{"} ref("ID") {"}}"}
# ref("x") where the page shows both a chart and a table `x`.
ref-ambiguous = `{ $id }` is both a chart and a table on this page
    .hint = write ref("chart:{ $id }") or ref("table:{ $id }")
# ref("x") where the page shows no chart or table `x`.
ref-missing = this page shows no chart or table `{ $id }` to refer to
    .hint = { $found ->
        [0] { $count ->
            [0] ref() names a chart() or table() shown on the same page, and this page shows none
           *[other] ref() names a chart() or table() shown on the same page: { $shown }
        }
       *[other] did you mean `{ $near }`? ref() names a chart() or table() shown on the same page
    }
# A per-row template (_row.md) without `per_row:`.
row-no-dataset = this page is named _row.md, which makes one page per row of a dataset, but it does not say which dataset
    .hint = add `per_row: DATASET` to its front matter (the file name in data/ without .yaml), or rename the file if it is an ordinary page
# A per-row template outside a section folder.
row-not-in-section = a per-row template must sit in a section folder, so its pages have a list to be in
    .hint = move it to a folder with its own _index.md, e.g. content/towns/_row.md beside content/towns/_index.md
# A per-row template whose section has no _index.md.
row-no-section = the pages of this template have no section to list them: { $section } is missing
    .hint = add { $section } with a title (and a few words on what the pages hold)
# A row whose key has no letter or digit to make an address from.
row-no-slug = the row `{ $row }` of `{ $dataset }` has no letter or digit to make its page's address from
    .hint = give the row a key with letters or digits in it
# Two rows whose keys make the same address.
row-same-slug = the rows `{ $first }` and `{ $second }` of `{ $dataset }` would both get the page /{ $path }
    .hint = an address keeps letters and digits and makes everything else one `-`: change one of the two keys
# A call with arguments in the title or description of a per-row template.
row-call-in-title = a title or description can hold only the row's words, not `{ $name }(…)`
    .hint = write {"{{"} row.label {"}}"}, {"{{"} row.COLUMN {"}}"}, {"{{"} row.COLUMN.label {"}}"} or {"{{"} row.COLUMN.unit {"}}"}
# A name without parentheses that is not `row.…`.
row-not-row = `{ $name }` is not something a page can show
    .hint = only the row of a per-row page is written without parentheses: {"{{"} row.label {"}}"}, {"{{"} row.COLUMN {"}}"}
# `row.x` where the dataset has no column `x`.
row-no-column = the dataset `{ $dataset }` has no column `{ $column }`
    .hint = write row.label for the row's name, or row.COLUMN with one of the column keys: { $columns }
# `row.COLUMN.x` other than label or unit.
row-no-field = a column has no `{ $field }`
    .hint = write row.{ $column }, row.{ $column }.label or row.{ $column }.unit
# value(…, period=…) of a dataset that is not a series.
series-not-series = `{ $id }` is a dataset, not a series, so it has no period `{ $period }`
    .hint = name a series (the `series:` of monthly tables) to ask for a period, or leave `period=` out
# period= that is not a month, quarter or year.
series-bad-period = `{ $period }` is not a period
    .hint = write a month as 2023-10, a quarter as 2023-Q3, a year as 2023
# period= for which the series has no table.
series-no-period = the series `{ $id }` has no table for { $period }
    .hint = its periods are: { $periods }; add a table with `series: { $id }` and `period: { $period }`
# change= for a figure whose table belongs to no series.
series-no-change = `{ $id }` belongs to no series, so there is no other period to compare with
    .hint = give the tables of each period `series:` (one id for all) and `period:` (e.g. 2023-10)
# change= other than 环比 or 同比.
series-bad-change = `{ $word }` is not a change value() can show
    .hint = write change="环比" (against the period before) or change="同比" (against the same period a year earlier)
# A series with the id of a dataset.
series-same-id = the series `{ $id }` has the same id as the dataset `{ $dataset }`
    .hint = give the series an id of its own, e.g. `series: mz-monthly`, so value() can tell the two apart
# A series mixing months, quarters or years.
series-mixed = the series `{ $id }` mixes periods of different kinds ({ $first } and { $second })
    .hint = a series is monthly, quarterly or yearly throughout; make a series for each
# Two tables of a series for the same period.
series-period-twice = the series `{ $id }` has two tables for { $period }: `{ $first }` and `{ $second }`
    .hint = correct the `period:` of one of them

## Document fields (政府信息公开), revisions, licence and period.

# A date field of a page or dataset (成文日期, a revision's date, the period's start or end) that is not a date.
doc-bad-date = the { $what ->
        [written] 成文日期 (written)
        [revision] revision date
        [start] start of the period
       *[end] end of the period
    } `{ $value }` is not a date
    .hint = write a day that exists as YYYY-MM-DD, e.g. 2023-11-30
# The 成文日期 of a document page is after its 发布日期.
doc-written-after-published = the 成文日期 (written) { $written } is after the 发布日期 (date) { $published }
    .hint = a document is written before it is published: check both dates
# A 文号 not in the form 发文机关代字〔年份〕序号号.
doc-no-malformed = `{ $value }` is not a 文号 (doc_no)
    .hint = write the issuer's code, the year in 〔〕 and the number with 号, e.g. XX民发〔2023〕12号
# A 文号 whose brackets around the year do not pair up.
doc-no-unmatched = the brackets around the year in `{ $value }` do not match
    .hint = write the year in 六角括号 〔〕, e.g. XX民发〔2023〕12号
# A 文号 with other brackets than 〔〕 around its year (a warning).
doc-no-brackets = the 文号 `{ $value }` puts its year in { $brackets }; the standard form (GB/T 9704-2012) is 〔〕
    .hint = write it as the document prints it, e.g. XX民发〔2023〕12号 (六角括号, 序号不编虚位)
# A 文号 whose number starts with 0 (a warning).
doc-no-padded = the number of the 文号 `{ $value }` starts with 0; GB/T 9704-2012 writes it without padding
    .hint = write it as the document prints it, e.g. XX民发〔2023〕12号 (六角括号, 序号不编虚位)
# Two pages of one language with the same 索引号.
doc-index-no-twice = the 索引号 (index_no) `{ $value }` is already used by { $other }
    .hint = every document needs its own 索引号: give this one the next free number
# A page's revision naming a row, column or previous value (which belong to datasets).
revision-page-cell = a page's revision cannot name a row, column or previous value
    .hint = correct the figure in its dataset and give the revision there; every page quoting it then says so
# A revision without `what:`.
revision-no-what = the revision does not say what changed
    .hint = write `what:` in plain words, e.g. 更正社会组织数量
# A dataset revision with `previous:` but no cell.
revision-previous-no-cell = `previous:` needs the `row:` and `column:` it was the value of
    .hint = name the corrected cell, e.g. `row: 社会组织, column: count, previous: 90`
# A dataset revision naming a row the dataset does not have.
revision-no-row = the dataset has no row `{ $row }`
    .hint = { $found ->
        [0] name the row by its key, the value in its first column
       *[other] did you mean `{ $near }`? rows are named by the value in their first column
    }
# A dataset revision naming a column the dataset does not have.
revision-no-column = the dataset has no column `{ $column }`
    .hint = use one of: { $columns }
# A dataset revision with `row:` but no `column:`, or the reverse.
revision-half-cell = a corrected cell needs both `row:` and `column:`
    .hint = name the row by its key and the column by its key
# `temporal:` whose start is after its end.
temporal-reversed = the period starts ({ $start }) after it ends ({ $end })
    .hint = write the first day the figures cover as `start:` and the last as `end:`
# `gov.catalogue_page` naming no page of the site.
catalogue-page-missing = gov.catalogue_page `{ $page }` is not a page of the site
    .hint = give the path of a content page or section below the site root, e.g. `xxgk/` for content/xxgk/_index.md

## Chart specs (charts/*.yaml).

# A chart's `x:`, `y:` or `compare:` names a column its dataset does not have.
chart-no-column = the dataset `{ $dataset }` has no column `{ $column }`
    .hint = { $found ->
        [0] use one of the column keys of `{ $dataset }`: { $columns }
       *[other] did you mean `{ $near }`? the columns of `{ $dataset }` are: { $columns }
    }
# A chart's `rows:`, `row:` or `compare:` names a row its dataset does not have.
chart-no-row = the dataset `{ $dataset }` has no row `{ $row }`
    .hint = { $found ->
        [0] { $count ->
            [0] the dataset has no rows yet
           *[other] rows are named by the first column of the dataset, e.g. `{ $first }`
        }
       *[other] did you mean `{ $near }`? rows are named by the first column of the dataset
    }
# A column named twice in a chart's `y:`.
chart-y-twice = `{ $column }` is named twice in `y`
    .hint = name each column once
# A row listed twice in a chart's `rows:`.
chart-row-twice = the row `{ $row }` is listed twice
    .hint = list each row once
# A chart of a dataset without rows.
chart-no-rows = the dataset `{ $dataset }` has no rows, so there is nothing to draw
    .hint = add rows to { $file }
# A chart with `rows: []`.
chart-rows-empty = `rows` is an empty list, so there is nothing to draw
    .hint = list the row keys to draw, or leave `rows` out to draw every row
# A bar, pie, donut or figure whose `y:` names several columns.
chart-one-column = a `{ $type }` chart draws one column, but `y` names { $count }
    .hint = { $type ->
        [bar] use `type: grouped_bar` or `type: stacked_bar` to draw several columns
       *[other] name one column in `y`
    }
# A grouped or stacked bar chart whose `y:` names one column.
chart-several-columns = a `{ $type }` chart compares several columns, but `y` names one
    .hint = use `type: bar` for one column, or name more columns in `y`
# `orientation:` on a chart that is not a bar chart.
chart-orientation = `orientation` applies to bar charts, not to a `{ $type }` chart
    .hint = remove `orientation`
# `sort:` on a line chart or figure.
chart-sort = a `{ $type }` chart cannot be sorted
    .hint = remove `sort`: a line follows the order of its rows (time), a figure shows one value
# `y_from_zero: false` on a chart that is not a line.
chart-from-zero = a `{ $type }` chart always starts its axis at zero
    .hint = remove `y_from_zero`: a bar's length is its value, so its axis must start at zero
# `row:` on a chart that is not a figure.
chart-row-not-figure = `row` belongs to `type: figure`
    .hint = use `rows: [...]` to choose the rows of this chart
# `compare:` on a chart that is not a figure.
chart-compare-not-figure = `compare` belongs to `type: figure`
    .hint = remove `compare`
# A figure with `rows:`.
chart-figure-rows = a figure shows one row: name it with `row`, not `rows`
    .hint = write `row: ROW_KEY`
# A figure without `row:`.
chart-figure-no-row = a figure needs `row`: the row whose value it shows
    .hint = { $count ->
        [0] add `row:` with a row key of `{ $dataset }`
       *[other] add `row:` with a row key of `{ $dataset }`, e.g. `row: { $first }`
    }
# A figure whose row has no value in the column drawn.
chart-figure-empty = the row `{ $row }` has no value in `{ $column }`
    .hint = name a row that has a value in this column
# A column of `y:` without values in the rows drawn.
chart-column-empty = the column `{ $column }` has no values in the rows charted
    .hint = choose rows with `rows: [...]` that have values, or another column
# A pie or donut with a row that has no value.
chart-pie-missing = the row `{ $row }` has no value in `{ $column }`, and a pie cannot show a missing slice
    .hint = leave the row out with `rows: [...]`, or use `type: bar`, which marks missing values
# A pie or donut with negative values.
chart-pie-negative = `{ $column }` has negative values, which a `{ $type }` chart cannot show
    .hint = use `type: bar`: bars show negative values below zero
# A pie or donut whose values add up to zero.
chart-pie-zero = `{ $column }` adds up to zero, so a `{ $type }` chart has no slices
    .hint = use `type: bar`
# A stacked bar chart with negative values.
chart-stack-negative = `{ $column }` has negative values, which cannot be stacked
    .hint = use `type: grouped_bar`
# A pie or donut with more slices than can be read.
chart-too-many-slices = a `{ $type }` chart of { $count } slices is hard to read; at most { $limit } are allowed
    .hint = use `type: bar`, which compares many values better, or choose rows with `rows: [...]`
# A pie or donut with fewer than two slices.
chart-too-few-slices = a `{ $type }` chart needs at least two slices
    .hint = use `type: figure` to show a single value
# A colour under `colors:` that is not #rrggbb.
chart-bad-colour = `{ $value }` is not a colour
    .hint = write a colour as #rrggbb, e.g. #17396b
# A colour with too little contrast against the white background (a warning).
chart-low-contrast = the colour { $value } has a contrast of { $ratio }:1 with the white background; marks need 3:1 (WCAG 1.4.11)
    .hint = choose a darker colour, or leave `colors` out to use the accessible palette
# `colors:` of a pie naming a row that is not a slice.
chart-colour-not-slice = `{ $key }` is not a slice of this chart
    .hint = colour slices by their row key
# `colors:` naming a column that is not in `y:`.
chart-colour-not-series = `{ $key }` is not a column in `y`
    .hint = colour series by their column key: { $columns }
# `compare:` naming neither a row nor a column.
chart-compare-empty = `compare` names neither a row nor a column
    .hint = write `compare: {"{"}row: 2022年{"}"}` (another row) or `compare: {"{"}column: target{"}"}` (another column)
# `compare:` naming a figure in another unit.
chart-compare-unit = `{ $other }` is not a figure in the same unit as `{ $column }`, so the two cannot be compared
    .hint = compare with a column of the same unit
# `compare:` naming an empty cell.
chart-compare-empty-cell = the row `{ $row }` has no value in `{ $column }` to compare with
    .hint = compare with a cell that has a value
# `compare:` naming a cell whose value is zero.
chart-compare-zero = the value compared with is zero, so there is no percentage change
    .hint = compare with another cell

## The arithmetic checks of a dataset (`checks:`).

# A sum check whose parts do not add up to its total. `fix` says what the hint suggests: the tolerance was exceeded, the table says it rounds, or neither.
check-sum-failed = in column `{ $column }`, the parts { $parts } add up to { $sum }, but the total `{ $total }` is { $expected }
    .hint = { $fix ->
        [tolerance] the difference is larger than the tolerance { $tolerance }: correct the figure that is wrong, or, if it is rounding, raise `tolerance:`
        [rounded] the table says its figures are rounded: if the difference is rounding, set `tolerance:` to the largest difference rounding can make (e.g. `tolerance: 1`); otherwise correct the figure that is wrong
       *[other] correct the figure that is wrong, or note the difference in the dataset's description and remove the check
    }
# A tree check (`tree: true`) whose children do not add up to their parent.
check-tree-failed = in column `{ $column }`, the rows under `{ $parent }` ({ $parts }) add up to { $sum }, but `{ $parent }` is { $expected }
    .hint = { $fix ->
        [tolerance] the difference is larger than the tolerance { $tolerance }: correct the figure that is wrong, or, if it is rounding, raise `tolerance:`
        [rounded] the table says its figures are rounded: if the difference is rounding, set `tolerance:` to the largest difference rounding can make (e.g. `tolerance: 1`); otherwise correct the figure that is wrong
       *[other] correct the figure that is wrong, or note the difference in the dataset's description and remove the check
    }
# A rate check whose rate is not its part divided by its whole.
check-rate-failed = the rate `{ $rate }` is { $value }, but `{ $part }` ÷ `{ $whole }` gives { $computed }
    .hint = { $fix ->
        [tolerance] the difference is larger than the tolerance { $tolerance }: correct the figure that is wrong, or, if it is rounding, raise `tolerance:`
        [rounded] the table says its figures are rounded: if the difference is rounding, set `tolerance:` to the largest difference rounding can make (e.g. `tolerance: 1`); otherwise correct the figure that is wrong
       *[other] correct the figure that is wrong, or set `tolerance:` if the source rounds
    }
# A sum check without `total:` or `tree: true`.
check-no-total = a sum check needs `total:` (the row holding the total), or `tree: true`
    .hint = a check is {"{"}sum: COLUMN, total: ROW, parts: [ROW, …]{"}"}, {"{"}sum: COLUMN, tree: true{"}"} or {"{"}rate: [ROW, COLUMN], part: [ROW, COLUMN], whole: [ROW, COLUMN]{"}"}
# A check naming a row the dataset does not have.
check-no-row = there is no row `{ $row }`
    .hint = { $found ->
        [0] rows are named by the value in their first column
       *[other] did you mean `{ $near }`? rows are named by the value in their first column
    }
# A check naming a column the dataset does not have.
check-no-column = there is no column `{ $column }`
    .hint = use one of the column keys: { $columns }
# The total row of a sum check without a figure in the column.
check-total-empty = the total `{ $row }` has no figure in column `{ $column }`, so the sum cannot be checked
    .hint = give the total its figure, or leave the column out of `sum:`
# `tree: true` with `rate:`.
check-tree-rate = `tree: true` goes with `sum:`, not with `rate:`
    .hint = a check is {"{"}sum: COLUMN, total: ROW, parts: [ROW, …]{"}"}, {"{"}sum: COLUMN, tree: true{"}"} or {"{"}rate: [ROW, COLUMN], part: [ROW, COLUMN], whole: [ROW, COLUMN]{"}"}
# A rate check without `part:` or `whole:`.
check-rate-needs = a rate check needs `{ $key }: [ROW, COLUMN]`
    .hint = a rate check is {"{"}rate: [ROW, COLUMN], part: [ROW, COLUMN], whole: [ROW, COLUMN]{"}"}
# `rate:`, `part:` or `whole:` that is not a pair of row and column.
check-not-cell = `{ $key }` must be [ROW, COLUMN]
    .hint = a rate check is {"{"}rate: [ROW, COLUMN], part: [ROW, COLUMN], whole: [ROW, COLUMN]{"}"}
# A cell of a rate check without a number.
check-cell-no-number = the cell `{ $row }`, `{ $column }` holds no number
    .hint = name a cell that holds a figure
# The whole of a rate check is zero.
check-whole-zero = the whole `{ $whole }` is zero
    .hint = name a whole that is not zero, or remove the check
# A check with neither or both of `sum:` and `rate:`.
check-one-kind = a check needs exactly one of `sum:` or `rate:`
    .hint = a check is {"{"}sum: COLUMN, total: ROW, parts: [ROW, …]{"}"}, {"{"}sum: COLUMN, tree: true{"}"} or {"{"}rate: [ROW, COLUMN], part: [ROW, COLUMN], whole: [ROW, COLUMN]{"}"}
# A sum over a column that is not numeric.
check-not-numeric = the column `{ $column }` is a { $kind } column, so its cells cannot be added up
    .hint = declare its type (`type: integer` or `type: number`), or check another column
# A sum over figures in different units.
check-mixed-units = `{ $row }` is in { $unit ->
        [none] no unit
       *[other] { $unit }
    } but the total `{ $total }` is in { $total_unit ->
        [none] no unit
       *[other] { $total_unit }
    }, so they cannot be added up
    .hint = give the total and its parts one unit in the unit column, or check them apart
# `tree: true` on a table without a hierarchy.
check-no-hierarchy = `tree: true` checks children against their parents, but this table has no hierarchy
    .hint = give the rows `level:` or `parent:`, or number them 一、(一) 1.
# A parent row in a tree check without a figure in the column.
check-parent-empty = the parent `{ $row }` has no figure in column `{ $column }`, so its children cannot be checked against it
    .hint = give the parent its figure, or leave the column out of `sum:`

## What a dataset says about its rows: unit column, period, series, totals, levels.

# `unit_column:` naming the key column or a column that is not text.
rows-unit-column-kind = the unit column `{ $column }` must be a text column other than the first
    .hint = name the column that holds each row's unit as words (个, 万元, 人, 户), and declare it `type: text`
# `unit_column:` naming no column.
rows-unit-column-missing = there is no column `{ $column }` to take the units from
    .hint = use one of the columns: { $columns }
# `period:` of a table that is not a month, quarter or year.
rows-bad-period = `{ $period }` is not a period
    .hint = write a month as 2023-10, a quarter as 2023-Q3, a year as 2023
# `series:` with characters other than a-z, 0-9, - and _.
rows-bad-series = `{ $id }` cannot name a series
    .hint = a series id uses a-z, 0-9, `-` and `_`, like a dataset id, e.g. `series: mz-monthly`
# `series:` without `period:`.
rows-series-no-period = this table joins the series `{ $id }` but says no period
    .hint = add the period it stands for, e.g. `period: 2023-10`
# `totals:` naming a row the table does not have.
rows-total-missing = `totals:` names the row `{ $row }`, which the table does not have
    .hint = { $found ->
        [0] name rows by their first column, as written in the table
       *[other] did you mean `{ $near }`? rows are named by their first column, as written in the table
    }
# `level:` of a row that is not 1 to 6.
rows-bad-level = `level: { $value }` is not a level
    .hint = write the row's depth as a whole number from 1 (the top) to 6
# `parent:` naming no row above.
rows-parent-missing = the parent `{ $row }` is not a row above this one
    .hint = name a row that stands above this one by its first column
# `parent:` naming a row of another group.
rows-parent-other-group = the parent `{ $row }` is above the row `{ $other }`, which belongs to another group
    .hint = move this row up into its parent's group (below the parent and its other children)

## Raw HTML in pages, and how a table file's hierarchy is read.

# An HTML element the sanitiser removes from a page (a warning).
html-element-removed = the HTML element <{ $tag }> is not allowed in a page and is removed
    .hint = remove it; see "Raw HTML" in README.md for the elements a page may use
# An HTML attribute the sanitiser removes from a page (a warning).
html-attribute-removed = the attribute `{ $attribute }` of <{ $tag }> is not allowed in a page and is removed
    .hint = remove it; see "Raw HTML" in README.md for the attributes a page may use
# An address in an HTML attribute the sanitiser removes (javascript:, data: …) (a warning).
html-address-removed = the address in `{ $attribute }` of <{ $tag }> is not allowed in a page and is removed
    .hint = link only to http://, https://, mailto: or tel: addresses or to the site's own pages (images: http://, https:// or the site's own files)
# An image from another site, which the Content-Security-Policy stops the browser from loading (a warning).
html-foreign-image = an image of this page comes from another site, which the pages' Content-Security-Policy does not load
    .hint = copy the image into static/ and write its address from the site root, e.g. /images/photo.png
# `hierarchy:` of a table file's sidecar other than numbering or none.
table-bad-hierarchy = `hierarchy: { $value }` is not a way to read the hierarchy
    .hint = write `hierarchy: numbering` to confirm the levels read from 一、(一) 1. (1), or `hierarchy: none` for a flat table

## Charts across the periods of a series.

# A series chart whose tables span more periods than a chart can show.
series-chart-span = the series `{ $id }` spans { $span } periods, more than a chart can show ({ $limit })
    .hint = check the `period:` of its first and last tables for a typing slip (e.g. 2203-10 for 2023-10)
# A series chart without `rows:`.
series-chart-no-rows = a chart of the series `{ $id }` must say which indicators to draw
    .hint = list them under `rows:` (row names of the monthly tables); each is drawn across the periods
# A series chart naming a row that no table of the series has.
series-chart-no-row = no table of the series `{ $id }` has a row `{ $row }`
    .hint = { $found ->
        [0] { $count ->
            [0] the tables of the series have no rows yet
           *[other] name rows as the tables do, e.g. `{ $first }`
        }
       *[other] did you mean `{ $near }`? name rows as the tables do
    }
# A series chart whose `y:` names a column that is not numeric in the tables.
series-chart-no-column = the tables of the series `{ $id }` have no numeric column `{ $column }`
    .hint = { $count ->
        [0] the tables of the series have no column of figures (integer, number or percent) to draw; declare one under `columns:`
       *[other] name one of: { $columns }
    }
