## Messages of the privacy stage.

# A records dataset publishes min, max or median, which is one person's own amount.
records-extreme = the measure `{ $measure }` publishes one person's own amount (min, max and median always do)
    .hint = use sum, mean or count; or, if policy allows it, set privacy.allow_extremes in site.yaml with the reason (it then applies only to groups of at least privacy.min_cell records)
# A published table of a records dataset whose groupings have too many combinations.
records-too-many-cells = table `{ $table }` would have more than { $limit } cells: its groupings have too many combinations
    .hint = group by fewer or coarser columns
# A sum or mean of a records dataset too large to be added up or shown exactly.
records-too-large = the { $op } of `{ $measure }` in table `{ $table }` is { $why ->
        [overflow] too large to add up
       *[inexact] too large to be shown exactly
    }
    .hint = check the records for a mistyped amount, or publish it in a larger unit
# The tables of a records dataset would withhold too many cells to protect.
records-too-many-withheld = these tables would withhold { $count } cells before any complement: more than { $limit }, too many to protect and of little use to readers
    .hint = group by fewer or coarser columns, so most cells hold at least privacy.min_cell records
# A withheld count could be worked out from other published cells; no complement protects it.
records-worked-out-count = a withheld cell could be worked out from the other published cells: table `{ $table }`, row `{ $row }`, its count
    .hint = publish fewer tables or coarser groupings from these records, or raise privacy.min_cell
# A withheld sum could be worked out from other published cells; no complement protects it.
records-worked-out-sum = a withheld cell could be worked out from the other published cells: table `{ $table }`, row `{ $row }`, its sum of `{ $column }`
    .hint = publish fewer tables or coarser groupings from these records, or raise privacy.min_cell
# A records table grouped by a column whose values are nearly one per person.
records-row-per-person = grouping table `{ $table }` by `{ $column }` would publish one row per person: { $small } of its { $distinct } values are held by fewer than { $min_cell } records
    .hint = group by a coarser column (a township, a category, an age band), or mark the column `personal: true`
# Two records files hold the same records; tables from both could be subtracted.
records-same-roster = this file holds the same records as { $other }: tables published from the two could be subtracted from each other
    .hint = keep the records in one file and list every table under its `publish:` (each with an `id:`), so they are protected together
# A personal value found in a published string and replaced (never the value, only its kind).
privacy-found = personal data found and replaced: { $kind }
    .hint = { $key ->
        [mobile] remove it from the source; if it is a public number (a hotline), add it to privacy.allow in site.yaml
        [landline] remove it from the source; if it is a public number (a hotline), add it to privacy.allow in site.yaml
        [roster_name] remove the name from the source: people named in a records dataset are never published
        [marker] delete the editing marker from the source
        [credential] remove the password or key from the source, and change it: it may have been shared
       *[other] remove it from the source
    }
# A file name that holds personal data, which would be published in the address.
privacy-file-name = the file name contains personal data ({ $kind }), which would be published in the address
    .hint = rename the file
# The last scan before publishing finds personal data in an output file's name; nothing is published.
egress-file-name = the output file name contains personal data ({ $kind }), which would be published in the address
    .hint = it came from { $source } (or the theme); rename it there. Nothing was published
# The last scan before publishing finds personal data in an output file; nothing is published.
egress-found = the output still contains personal data: { $kind }
    .hint = it came from { $source } (or the theme); remove it there. Nothing was published
# The last scan before publishing finds personal data inside an attachment (a document, image or archive); nothing is published. `places` are parts of the file (an entry of an archive, a page); `more` counts the places not listed.
egress-attachment-found = this file contains personal data ({ $kinds }) in { $places }{ $more ->
        [0] {""}
       *[other] {" "}and { $more } more { $more ->
            [one] place
           *[other] places
        }
    }
    .hint = an attachment cannot be redacted in place, so the build fails: remove the data from the file (from an image, its metadata) or publish a version without it, and build again. Nothing was published
# A file listed under privacy.reviewed whose bytes changed since the review; nothing is published.
egress-reviewed-changed = this file changed since it was reviewed (privacy.reviewed lists sha256 { $listed })
    .hint = look at the new version for personal data; if it has none, set its sha256 in site.yaml to { $hash }. Nothing was published
# A file Sunlight cannot read in full (encrypted, damaged, an unknown format), so it cannot be checked for personal data; nothing is published. `why` are the parts and reasons, `more` counts those not listed.
egress-unread = Sunlight cannot read all of this file, so it is not published: { $why }{ $more ->
        [0] {""}
       *[other] {" "}and { $more } more
    }
    .hint = publish a text version (a PDF with a text layer, DOCX, XLSX, CSV) instead, or have a person check it for personal data and list it in site.yaml under privacy.reviewed: {"{"}file: { $file }, sha256: { $hash }, reason: …{"}"}. Nothing was published
