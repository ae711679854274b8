## Words of the default theme (themes/default/templates), for the site's readers: `tr("id")` in a template.
## A page in Chinese takes the Chinese, a page in any other language the English.

# A dataset page: the heading of what the data is (and its contents-list link).
theme-about-data = About the data
# The label of a dataset's date (catalogue entry, dataset page).
theme-as-of = Data as of
# A dataset page: the link back to the data catalogue.
theme-back-to-catalogue = Back to the data catalogue
# The link at the end of a long page back to its start.
theme-back-to-top = Back to top
# The accessible name of the breadcrumb trail.
theme-breadcrumb = Breadcrumb
# The data catalogue: the heading of the links to its topics.
theme-browse-by-topic = Browse by topic
# The home page: the button to the data catalogue.
theme-browse-catalogue = Browse the data catalogue
# The home page: the text of the data catalogue's card.
theme-catalogue-card = Every dataset published on this site, each with its source and date. Read them online or download them as CSV (opens in Excel or WPS) and JSON.
# The data catalogue of a site with no datasets.
theme-catalogue-empty = No datasets have been published yet.
# The data catalogue: after the link to datapackage.json, at the end of the lead paragraph; it starts with a space in English.
theme-catalogue-lead-format = {" "}(Frictionless Data format).
# The data catalogue in a language other than the site's own: after the link to datapackage.json, whose labels stay in the site's language; it starts with a space in English.
theme-catalogue-lead-format-translated = {" "}(Frictionless Data format, with the original Chinese labels).
# A dataset page: the heading of the list of pages that cite it.
theme-cited-by = Pages that use this data
# Between a label and what follows it: a date and a correction, a link and the dataset's title read by screen readers.
theme-colon = :{" "}
# The <meta name="ColumnType"> of dataset and catalogue pages (the column type government site checks read).
theme-column-type-data = Data
# The <meta name="ColumnType"> of every other page.
theme-column-type-information = Information
# Between what a correction changed and the cell it changed.
theme-correction-cell-before = .{" "}
# Between a corrected cell's old and new value; a space ends it in English.
theme-correction-now = , now{" "}
# Before a corrected cell's new value when it had none before; a space ends it in English.
theme-correction-now-only = now{" "}
# Before a corrected cell's old value; a space ends it in English.
theme-correction-was = was{" "}
# After the reason for a correction.
theme-correction-why-after = )
# Before the reason for a correction; it starts with a space in English.
theme-correction-why-before = {" "}(why:{" "}
# The heading of the corrections of a page or dataset (and its contents-list link).
theme-corrections = Corrections
# A link to the data catalogue (footer, home page card) and the catalogue page's heading when its page sets no title.
theme-data-catalogue = Data catalogue
# The link to the licence page (footer) and the label of a dataset's licence when the site has a licence page.
theme-data-licence = Data licence
# A dataset page: the small line above its title.
theme-dataset-kicker = Dataset
# The label of a public document's document number (文号).
theme-doc-no = Number
# The heading of a page's public-document details (index number, issuer, document number).
theme-document-details = Document details
# The data catalogue: the button that downloads every dataset as CSV in one ZIP file.
theme-download-all = Download all data (CSV files in one ZIP)
# A dataset page: the button that downloads its CSV file.
theme-download-csv = Download CSV
# A dataset page: the heading of its downloads (and its contents-list link).
theme-download-data = Download the data
# A dataset page: the button that downloads its JSON file.
theme-download-json = Download JSON
# A dataset page: the note under the download buttons.
theme-download-note = The CSV file is UTF-8 with a BOM, so Excel and WPS open it directly; JSON suits programs.
# The data catalogue: the badge of a dataset marked example: true.
theme-example-badge = Example
# A dataset page of a dataset marked example: true.
theme-example-notice = This is fictional example data, showing how the site works; it is not a real statistic.
# A dataset page's list of fields: the heading of the column of field names.
theme-field = Field
# A dataset page's list of fields: the heading of the column of keys used in the CSV and JSON files.
theme-field-key = Key (CSV/JSON)
# A dataset page's list of fields: the heading of the column of types.
theme-field-type = Type
# A dataset page's list of fields: the heading of the column of units.
theme-field-unit = Unit
# The data catalogue: the label of the filter box (shown when scripts run).
theme-filter-datasets = Filter datasets
# The data catalogue: announced as the filter narrows the list; the script puts the count where n stands.
theme-filter-datasets-found = { $n } datasets match
# The data catalogue: announced when the filter leaves no dataset.
theme-filter-datasets-none = No dataset matches
# The data catalogue: the placeholder text inside the filter box.
theme-filter-datasets-placeholder = Words from a title or description
# Footer: before the office address (gov.address).
theme-footer-address = Address
# Footer: before the public e-mail address (gov.email).
theme-footer-email = E-mail
# Footer: before the body that runs the site (gov.host).
theme-footer-host = Run by
# The accessible name of the footer's links.
theme-footer-nav = Site information
# Footer: before the office that operates the site (gov.organizer).
theme-footer-organizer = Operated by
# Footer: before the public telephone number (gov.phone).
theme-footer-phone = Telephone
# A dataset page: the label of how often the dataset is updated.
theme-frequency = Updated
# How often a dataset is updated (update_frequency: half-yearly).
theme-frequency-half-yearly = Every six months
# How often a dataset is updated (update_frequency: irregular).
theme-frequency-irregular = Irregularly
# How often a dataset is updated (update_frequency: monthly).
theme-frequency-monthly = Monthly
# How often a dataset is updated (update_frequency: once).
theme-frequency-once = Published once, not updated
# How often a dataset is updated (update_frequency: quarterly).
theme-frequency-quarterly = Quarterly
# How often a dataset is updated (update_frequency: yearly).
theme-frequency-yearly = Yearly
# The catalogue of public documents: the heading of the list by topic.
theme-gov-by-topic = By topic
# The catalogue of public documents: the heading of the list by year.
theme-gov-by-year = By year
# The heading of the catalogue of public documents (政府信息公开目录) on its section page.
theme-gov-catalogue = Catalogue of public documents
# The catalogue of public documents: the choice of a filter that shows every document.
theme-gov-filter-all = All
# The catalogue of public documents: announced as the filters narrow the list; the script puts the count where n stands.
theme-gov-filter-found = { $n } documents match
# The catalogue of public documents: announced when the filters leave no document.
theme-gov-filter-none = No document matches
# The catalogue of public documents: the label of the topic filter.
theme-gov-filter-topic = Topic
# The catalogue of public documents: the label of the search box.
theme-gov-filter-words = Title, number or index
# The catalogue of public documents: the label of the year filter.
theme-gov-filter-year = Year
# The data catalogue: before the source all datasets of a topic share; a space ends it in English.
theme-group-source = Source of every dataset in this group:{" "}
# The first link of the main navigation.
theme-home = Home
# The label of a public document's index number (索引号).
theme-index-no = Index
# The label of the body that issued a public document.
theme-issuer = Issued by
# On a key figure tile: the link to the dataset it comes from.
theme-key-figure-source = See the source data
# The heading of the key figures of the home page or a section (and its contents-list link).
theme-key-figures = Key figures
# After a language in the language list when the page has no translation, so the link goes to that language's home page; it starts with a space in English.
theme-language-home = {" "}(home page)
# The accessible name of the header list of the site's languages.
theme-language-nav = Language
# A dataset page: the label of its licence when the site has no licence page.
theme-licence = Licence
# The link to the next page of a long section list.
theme-list-next = Next
# Read by screen readers only, after the number of another list page (nothing in English).
theme-list-page-after = {""}
# Read by screen readers only, before a page number of a section list ("Page 3"); a space ends it in English.
theme-list-page-before = Page{" "}
# Read by screen readers only, after the number of the list page being shown.
theme-list-page-current = {" "}(current)
# The accessible name of the page numbers under a long section list.
theme-list-pages-nav = Pages of this list
# The link to the previous page of a long section list.
theme-list-previous = Previous
# The accessible name of the main navigation.
theme-main-nav = Main
# Before the title of the next page of the section.
theme-next-page = Next
# The heading of a page's contents list.
theme-on-this-page = On this page
# The accessible name of the links to the previous and next page of a section.
theme-pager-nav = Previous and next
# Footer: the text alternative of the Party and government website mark image.
theme-party-mark = Party and government website mark
# Before the title of the previous page of the section.
theme-previous-page = Previous
# Printed pages only: before the page's address; a space ends it in English.
theme-print-address = Page address:{" "}
# Printed pages only: before the date of printing, which the script fills in; a space ends it in English.
theme-print-date = Printed on{" "}
# Written by the reading script above a table when a reader follows a figure's link to its cell: the figure (`value`, shown in bold), then the table's caption, the row's name and the column's header. The script fills in `{value}`, `{table}`, `{row}` and `{column}`.
theme-cell-banner = The figure you followed: { $value }, from the table “{ $table }”, row “{ $row }”, column “{ $column }”.
# Written by the reading script above a table wider than the screen.
theme-scroll-cue = Wide table: scroll sideways to see every column
# Footer: the link to the privacy statement page (gov.privacy_page).
theme-privacy-statement = Privacy statement
# The label of the date a public document was published.
theme-published = Published
# Before a page's date, on the page and in section lists; a space ends it in English.
theme-published-on = Published{" "}
# A dataset page: the label of whom to ask about the data (gov.organizer, phone, e-mail).
theme-questions = Questions
# Footer: the link to the national error-reporting service for government websites (gov.report_error_url).
theme-report-error = Report an error on this government website
# The label of a dataset's number of rows (catalogue entry, dataset page).
theme-rows = Rows
# A section page with no pages yet.
theme-section-empty = Nothing has been published in this section yet.
# A section page: the heading of its list of pages.
theme-section-pages = In this section
# The home page: the heading of the cards of the site's sections (and its contents-list link).
theme-sections = Sections
# Footer: before the government website identification code (gov.site_id_code); a space ends it in English.
theme-site-id = Website ID:{" "}
# The footer link to the site map page.
theme-site-map = Site map
# The footer link to sitemap.xml, the site map for search engines.
theme-sitemap-xml = Sitemap (XML)
# The first link of every page, for keyboard and screen-reader users: it jumps past the header.
theme-skip-link = Skip to main content
# The label of a dataset's source (catalogue entry, dataset page).
theme-source = Source
# A section page: the heading of its subsections (and its contents-list link).
theme-subsections = Subsections
# The header button that makes the text larger (shown when scripts run).
theme-text-size = Larger text
# A dataset page: the heading of its table (and its contents-list link).
theme-the-table = The table
# A dataset page's list of fields: the type of a date column.
theme-type-date = Date
# A dataset page's list of fields: the type of an integer column.
theme-type-integer = Whole number
# A dataset page's list of fields: the type of a number column.
theme-type-number = Number
# A dataset page's list of fields: the type of a percent column.
theme-type-percent = Percentage
# A dataset page's list of fields: the type of a text column.
theme-type-text = Text

# The footer of every page: where the site's data comes from (owner: the site's title up to its first " · ").
theme-footer-data-source = All data on this site comes from { $owner }. Every figure names its source and date; the original tables can be read and downloaded in the data catalogue.
# The data catalogue's lead paragraph, before the link to datapackage.json (count: how many datasets).
theme-catalogue-lead = { $count ->
        [one] This catalogue lists the one dataset published on this site. It names its source and date, and can be read online or downloaded as CSV (opens in Excel or WPS) or JSON. Its structure is described in
       *[other] This catalogue lists all { $count } datasets published on this site. Each names its source and date, and can be read online or downloaded as CSV (opens in Excel or WPS) or JSON. The structure of every dataset is described in
    }
# The same lead paragraph in a language other than the site's own (count: how many datasets).
theme-catalogue-lead-translated = { $count ->
        [one] This catalogue lists the one dataset published on this site. It names its source and date, and can be read online or downloaded as CSV (opens in Excel or WPS) or JSON. Its structure is described in
       *[other] This catalogue lists all { $count } datasets published on this site. Each names its source and date, and can be read online or downloaded as CSV (opens in Excel or WPS) or JSON. The structure of every dataset is described in
    }
# The data catalogue: after a topic's link, how many datasets it has; it starts with a space in English.
theme-topic-count = {" "}({ $count })
# How many rows a dataset has, after the label theme-rows (catalogue entry, dataset page).
theme-row-count = { $rows }
# A dataset page: the heading of its list of fields, with how many there are.
theme-fields = Fields ({ $count })
# After the heading of the catalogue of public documents: how many documents it lists; it starts with a space in English.
theme-gov-catalogue-count = {" "}({ $count })
# The home page: the link under a section's card to all its pages (section: its title).
theme-section-all-pages = All { $count } pages in { $section }
# After the heading of a section's list of pages: how many it lists; it starts with a space in English.
theme-section-count = {" "}({ $count })
# Above a long section list split into pages: which page this is, of how many.
theme-list-page-of = Page { $page } of { $pages }
# After the heading of a page's contents list: how many headings it lists; it starts with a space in English.
theme-toc-count = {" "}({ $count } { $count ->
        [one] section
       *[other] sections
    })
