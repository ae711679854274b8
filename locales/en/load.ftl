## Messages of the load stage.

# YAML (site.yaml, a dataset, a chart, front matter): a key that is not allowed at this place.
yaml-unknown-key = unknown key `{ $key }`
    .hint = { $count ->
        [0] remove this key: it is not allowed here
       *[other] check the spelling; the keys allowed here are: { $allowed }
    }
# YAML: a required key is missing.
yaml-missing-key = the required key `{ $key }` is missing
    .hint = add { $key } to this mapping
# YAML: the same key twice in one mapping.
yaml-duplicate-key = the key `{ $key }` appears twice in the same mapping
    .hint = keep one of the two entries
# YAML: a list or mapping where a single value belongs (a table cell).
yaml-not-plain = this value must be a single number, text, date or true/false, not a list or mapping
    .hint = write one plain value here, or quote it as text
# YAML: a value of the wrong kind, e.g. text where a number belongs.
yaml-wrong-value = `{ $value }` is not { $expected }
    .hint = change the value to { $expected }
# YAML: a list, a mapping or nothing where another kind of value belongs.
yaml-wrong-kind = found { $found } where { $expected } was expected
    .hint = change the value to { $expected }
# YAML: a negative number, or one with too many digits, where a count (0 or more) belongs, e.g. a limit.
yaml-number-out-of-range = { $kind ->
        [negative] `{ $value }` is negative, but only 0 or more makes sense here
       *[large] `{ $value }` is too large: it has { $digits } digits
    }
    .hint = write a whole number from 0 up to a few billion, without a minus sign
# YAML: a word that is not one of the allowed values (e.g. `type: bar`).
yaml-unknown-value = unknown value `{ $value }`
    .hint = { $count ->
        [0] check the spelling
       *[other] use one of: { $allowed }
    }
# YAML: a value that is not of the kind expected (a date, a number…).
yaml-not-kind = this value is not { $expected }
    .hint = change the value to { $expected }
# YAML that does not parse: a missing colon, a bad indent, an unclosed quote or bracket.
yaml-syntax = this is not valid YAML here
    .hint = check indentation, colons and quotes on this line and the one before (a tab for indent, a missing `:` or an unclosed `"` or `[`)
# YAML: two documents in one file (a line `---` in the middle).
yaml-several-documents = this file holds more than one YAML document (a line `---` after the start)
    .hint = remove the extra `---` line, or split the file in two
# YAML nested far too deep.
yaml-too-deep = this YAML is nested too deep (more than 64 levels)
    .hint = write it with fewer levels of indentation
# YAML whose aliases (`*name`) repeat anchors (`&name`) far too often: it would expand to something enormous.
yaml-too-many-aliases = this YAML repeats its anchors (`&name`, `*name`) far too often
    .hint = write the values out instead of repeating them with `*name`
# YAML too large for the parser even at the raised limits.
yaml-too-large = this YAML file is too large to read
    .hint = split it into smaller files, or save a large table as CSV
# A file the build needs (site.yaml, a dataset, a template) is not there.
file-missing = the file does not exist
    .hint = check that the file exists and is readable
# A file the build needs cannot be opened.
file-unreadable = the file cannot be read ({ $reason })
    .hint = check that the file exists and is readable
# A site file larger than its limit under `limits:` in site.yaml.
file-too-large-limit = this file is { $size }, more than the { $limit } limit (limits.{ $key } in site.yaml); it was not read
    .hint = split the file into smaller ones, or raise `limits: {"{"}{ $key }: …{"}"}` in site.yaml if it is really meant to be this big
# A file larger than a fixed limit.
file-too-large = this file is { $size }, more than the { $limit } limit; it was not read
    .hint = check that this is the right file
# A symbolic link inside content/, data/, static/…: skipped.
file-link-skipped = this is a symbolic link, which Sunlight never follows; it is left out
    .hint = copy the file or folder into the site folder instead of linking to it
# A symbolic link where the build needs a file (site.yaml, the theme).
file-link = this is a symbolic link, which Sunlight never follows
    .hint = copy the file or folder into the site folder instead of linking to it
# A named pipe, socket or device among the site's files.
file-not-regular = this is not a regular file (but a folder, named pipe, socket or device) and cannot be used
    .hint = remove it, or replace it with an ordinary file
# A text file in another encoding than UTF-8 (often GBK from older Windows tools); the column is the first bad byte.
file-not-utf8 = this file is not UTF-8 text
    .hint = save the file as UTF-8 (in most editors: Save As, encoding UTF-8); GBK is not supported
# A dataset or chart whose file name cannot be part of an address.
file-bad-id = the { $kind } id `{ $id }` (the file name) is not usable in a URL
    .hint = rename the file using only a-z, 0-9, - and _, e.g. { $example }
# A folder of the site that cannot be listed.
folder-unreadable = this folder cannot be read ({ $reason }), so the site would be published without it
    .hint = make it readable (e.g. `chmod -R u+rX` on it), or move it out of the site folder
# site.yaml names a theme whose folder has no templates/.
theme-no-templates = the theme `{ $theme }` has no folder { $folder }
    .hint = set `theme:` to a folder under themes/, e.g. `theme: default`
# A file in content/ that is not Markdown (an image, a PDF).
content-not-markdown = only Markdown (.md) files are read from content/; this file is left out
    .hint = put images and downloads in static/
# A file in data/ that is not a dataset, or sits in a subfolder.
data-not-dataset = only .yaml, .csv, .xlsx and .ods files directly inside data/ are datasets; this file is left out
    .hint = move it, or remove it from data/
# A file in charts/ that is not a chart, or sits in a subfolder.
charts-not-chart = only .yaml files directly inside charts/ are charts; this file is left out
    .hint = move it, or remove it from charts/
# A template of the theme is an empty file (usually saved by mistake).
template-empty = this template is empty
    .hint = restore the template (e.g. from the default theme, or with git), or remove it if no page uses it
# Two files in data/ with the same name and different extensions (a.yaml and a.csv).
dataset-two-files = { $files } are one dataset in two files
    .hint = keep one of the files, or rename the other to a dataset id of its own
# A page in content/ that does not begin with `---`.
page-no-front-matter = the page does not start with front matter
    .hint = begin the file with a line `---`, then `title: …`, then another line `---`
# A page whose front matter has no closing `---`.
page-front-matter-open = the front matter opened on line 1 is never closed
    .hint = add a line containing only `---` after the last front-matter key
# base_url in site.yaml, or --base-url, without http:// or https://.
base-url-scheme = base_url `{ $url }` must start with https:// or http://
    .hint = write the full address the site will be published at, e.g. https://example.gov.cn/mzj/
# base_url without a usable host name.
base-url-host = base_url `{ $url }` has no valid host name
    .hint = write the full address the site will be published at, e.g. https://example.gov.cn/mzj/
# base_url with ?, # or a space.
base-url-query = base_url `{ $url }` must not contain a query, fragment or spaces
    .hint = write the full address the site will be published at, e.g. https://example.gov.cn/mzj/
# base_url whose path has characters that cannot be in a link.
base-url-path = base_url `{ $url }` may have in its path only letters, digits, / - . _ ~ and %XX escapes (no spaces, quotes or angle brackets)
    .hint = write the full address the site will be published at, e.g. https://example.gov.cn/mzj/
# The folder given (or the current one) has no site.yaml: it is not a site folder.
site-yaml-missing = there is no site.yaml in { $folder }, so it is not a site folder
    .hint = run the command in the site's folder, pass it with --root, or create a new site with `sunlight init DIR`
# site.yaml is an empty file.
site-yaml-empty = site.yaml is empty
    .hint = add at least `title:` and `base_url:` (see README.md)
# privacy.min_cell in site.yaml is 0.
config-min-cell = privacy.min_cell must be at least 1
    .hint = use 10, the threshold statistical offices use, unless policy says otherwise
# privacy.dominance_percent in site.yaml outside 0–100.
config-dominance = privacy.dominance_percent must be between 0 and 100
    .hint = use 10, the p % rule statistical offices use, unless policy says otherwise
# privacy.allow_extremes in site.yaml given without a reason.
config-extremes-reason = privacy.allow_extremes needs a reason
    .hint = write why publishing the smallest, largest or middle amount is acceptable, or remove the key
# privacy.strip in site.yaml lists an empty string.
config-empty-marker = privacy.strip contains an empty marker
    .hint = remove the empty string from the list
# `theme:` in site.yaml is a path, not a folder name.
config-theme-name = `theme: { $theme }` is not the name of a folder under themes/
    .hint = set `theme:` to a folder under themes/, e.g. `theme: default`
# A value under `limits:` in site.yaml is 0.
config-limit-zero = limits.{ $key } must be at least 1
    .hint = remove the key to use the default (see README.md, "Limits")
# An entry of privacy.reviewed in site.yaml lacks its file, a valid sha256 or a reason.
config-reviewed = { $part ->
        [file] a privacy.reviewed entry has no file
        [sha256] a privacy.reviewed entry's sha256 is not 64 hexadecimal digits
       *[reason] a privacy.reviewed entry has no reason
    }
    .hint = write each entry as {"{"}file: static/files/plan.pdf, sha256: <the hash the build printed>, reason: who checked it and what it shows{"}"}
# A code under `languages:` in site.yaml that is the site's own `language:`.
config-language-default = `{ $code }` under languages: is the site's default language already
    .hint = list only the other languages, by their code (letters, digits and -), e.g. `en: {"{"}title: …{"}"}`
# A key under `languages:` in site.yaml that is not a language code.
config-language-code = `{ $code }` under languages: is not a language code
    .hint = list only the other languages, by their code (letters, digits and -), e.g. `en: {"{"}title: …{"}"}`
# gov.email in site.yaml is not an e-mail address.
gov-email-invalid = gov.email `{ $value }` is not an e-mail address
    .hint = write the office's public address, e.g. mzj@example.gov.cn
# gov.phone in site.yaml is not a telephone number.
gov-phone-invalid = gov.phone `{ $value }` is not a telephone number
    .hint = write digits with optional spaces, hyphens, a leading + or an area code in brackets, e.g. 0871-12345678
# gov.phone is printed on every page but is not listed in privacy.allow.
gov-phone-not-allowed = gov.phone is printed on every page, and the privacy guard withholds telephone numbers as personal data
    .hint = if this is the office's public number, list it in privacy.allow as well, e.g. `allow: [{"{"}value: "0871-12345678", reason: 办公室公开电话{"}"}]`; never give an official's own number
# gov.email is printed on every page but is not listed in privacy.allow.
gov-email-not-allowed = gov.email is printed on every page, and the privacy guard withholds e-mail addresses as personal data
    .hint = if this is the office's public address, list it in privacy.allow as well, e.g. `allow: [{"{"}value: mzj@example.gov.cn, reason: 办公室公开邮箱{"}"}]`; never give an official's own address
# A web address under gov: in site.yaml that is not http(s).
gov-not-address = gov.{ $key } `{ $value }` is not an http:// or https:// address
    .hint = write the full address of the page, starting with https://
# A path under gov: in site.yaml that is not inside the site.
gov-not-path = gov.{ $key } `{ $value }` is not a path inside the site
    .hint = write the path below the site root without a leading slash, e.g. `privacy/` for content/privacy.md or `images/mark.svg` for static/images/mark.svg
# A YAML with `rows:` beside a CSV or spreadsheet of the same name, which makes it that table's sidecar.
table-file-sidecar-rows = this YAML is the sidecar of { $table }, which holds the table's rows, so it cannot have `rows:` too
    .hint = remove `rows:` to publish the table from { $table }; if the two are different datasets, give one of the files another name
# The YAML beside a CSV or spreadsheet says `kind:` other than a summary table.
table-file-kind = a table file is a summary table, not `kind: { $kind }`
    .hint = remove `kind:`; records are read only from a CSV beside a `kind: records` YAML
# `sheet:` given for a CSV file.
table-file-csv-sheet = a CSV file has no sheets
    .hint = remove `sheet:`
# `range:` that is not a range of cells such as A3:F40.
table-file-bad-range = `{ $range }` is not a range of cells
    .hint = write the range as the top-left and bottom-right cells, e.g. `range: A3:F40`
# A CSV line whose quotes do not pair up.
table-file-csv-quotes = this CSV line cannot be read (bad quoting)
    .hint = check the quotes on this line
# A spreadsheet (.xlsx, .ods) that cannot be opened: damaged, encrypted or another format.
table-file-unreadable = this spreadsheet cannot be read
    .hint = open it in a spreadsheet program and save it again as .xlsx or .ods (without a password)
# `sheet:` names a sheet the spreadsheet does not have.
table-file-no-sheet = the spreadsheet has no sheet `{ $sheet }`
    .hint = use one of: { $sheets }
# A spreadsheet without any sheet.
table-file-no-sheets = this spreadsheet has no sheets
    .hint = save the table in the file's first sheet
# A CSV or spreadsheet with no cells filled.
table-file-empty = this table is empty
    .hint = put the header in the first row and the figures below it
# `header_rows:` more than the table has rows.
table-file-header-rows = the table has no room for { $rows } header rows
    .hint = count the rows the header takes, from the first row with more than one cell
# A table whose first row is not a header.
table-file-no-header = this table has no header row
    .hint = put the column headers in one row above the figures
# A column of figures without a header.
table-file-column-no-header = this column has no header
    .hint = write a header above every column of figures, or remove the column
# A dataset's or site.yaml's `licence:` without a name.
licence-no-name = the licence has no name
    .hint = write its name, e.g. `licence: {"{"}name: 知识共享署名 4.0, url: https://creativecommons.org/licenses/by/4.0/{"}"}`
# A `licence:` whose url is not a web address.
licence-bad-url = the licence address `{ $url }` is not an http:// or https:// address
    .hint = give the address of the licence text, e.g. https://creativecommons.org/licenses/by/4.0/
# `paginate: 0` in site.yaml.
config-paginate-zero = paginate must be at least 1
    .hint = write how many pages a section lists at a time, or remove the key for 20
