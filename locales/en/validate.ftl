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
cell-integer-too-large = `{ $value }` in the integer column `{ $column }` has too many digits to be kept exactly
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
# value(), a key figure or a chart names a row by a name several rows of the table share under different parents.
value-row-repeated = several rows of `{ $dataset }` are named `{ $row }`, under different headings
    .hint = name the one you mean with its heading, as the table's rows are named: { $rows } (e.g. "{ $first }")
