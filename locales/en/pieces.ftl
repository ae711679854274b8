## Pieces of other messages, inserted as one of their arguments (a list of reasons or of missing parts), so they have no hint of their own.

## Why an attachment cannot be read in full: the reasons listed by `egress-unread`. Each is the end of the sentence "Sunlight cannot read all of this file, so it is not published: …", after the part of the file it concerns.

# Unpacking the file would take more than the 200 MB budget (as a zip bomb would).
unread-too-large = it unpacks to more than 200 MB, which is refused (a zip bomb looks the same)
# Archives or documents inside each other deeper than allowed.
unread-too-deep = containers are nested more than { $limit } levels deep, which is refused
# The reader of a format failed on the file.
unread-parser-failed = it could not be parsed (the reader of its format failed on it)
# A font file outside the theme.
unread-font = it is a font ({ $format }); fonts are published without review only as part of a theme
# An image, which may show a scanned document.
unread-image = it is an image ({ $format }), which may show a scanned document that Sunlight cannot read
# An old binary Office file.
unread-legacy-office = it is a legacy Office document (.doc, .xls, .ppt or .wps), which Sunlight cannot read; save it as DOCX, XLSX or PDF
# A RAR or 7z archive.
unread-rar = it is a RAR or 7z archive, which Sunlight cannot open; publish a ZIP instead
# A bzip2, xz or zstd file.
unread-compressed = it is compressed in a format Sunlight cannot open (bzip2, xz or zstd); publish a ZIP or gzip instead
# A tar archive.
unread-tar = it is a tar archive, which Sunlight cannot open; publish a ZIP instead
# Binary data of no known format.
unread-binary = it is binary data of a kind Sunlight cannot read as text
# A damaged ZIP file.
unread-zip-damaged = it looks like a ZIP file but cannot be opened (damaged, or a format Sunlight does not know)
# A ZIP with too many files.
unread-zip-too-many = it holds more than { $limit } files, which is refused
# An encrypted file inside a ZIP.
unread-encrypted = it is encrypted, so Sunlight cannot read it
# A file inside a ZIP that cannot be unpacked.
unread-entry-damaged = it cannot be unpacked (damaged or compressed in an unknown way)
# A damaged gzip file.
unread-gzip-damaged = it looks like a gzip file but cannot be unpacked
# A vCard or iCalendar file with too many encoded files.
unread-directory-too-many = it holds more than { $limit } encoded files, which is refused
# A base64 value that does not decode.
unread-base64 = its base64 value cannot be decoded
# A PNG file that ends early.
unread-png-short = the PNG file is cut short
# Compressed text in a PNG that does not unpack.
unread-png-text = its compressed text cannot be unpacked
# A damaged JPEG file.
unread-jpeg-damaged = the JPEG file is damaged
# A JPEG file that ends early.
unread-jpeg-short = the JPEG file is cut short
# A MIME document (MHT, EML) that does not parse.
unread-mime-damaged = it looks like a MIME document (MHT, EML) but cannot be parsed
# A MIME document with too many parts.
unread-mime-too-many = it has more than { $limit } parts, which is refused
# A part of a MIME document that does not decode.
unread-mime-part = this part cannot be decoded
# A worksheet of an XLSX file that is not well-formed XML.
unread-sheet-xml = this worksheet is not well-formed XML, so it cannot be read
# A part of an Office file that is not well-formed XML.
unread-part-xml = this part is not well-formed XML, so it cannot be read
# A spreadsheet cell whose formula has no stored result and cannot be computed here.
unread-formula = its formula has no stored result and refers to cells or functions Sunlight cannot compute, so what the cell shows cannot be read; open the file in a spreadsheet program and save it (which stores the results)
# An encrypted PDF.
unread-pdf-encrypted = it is an encrypted PDF, so Sunlight cannot read it
# A damaged PDF.
unread-pdf-damaged = it looks like a PDF but cannot be parsed (damaged?)
# A PDF with too many incremental updates.
unread-pdf-versions = it holds more than { $limit } versions (incremental updates), which is refused
# A text in a PDF font without a character map.
unread-pdf-no-unicode = it has text in a font without a character map (ToUnicode), so Sunlight cannot read that text
# A PDF stream that cannot be unpacked.
unread-pdf-stream = its content cannot be unpacked (damaged, or compressed with a filter Sunlight does not know)
# A PDF page that shows an image.
unread-pdf-image = it shows an image, which may be a scanned document that Sunlight cannot read
# A PDF page with drawings but no text.
unread-pdf-outlines = it has drawings but no text layer (text turned into outlines looks like this)
# Binary data in an RTF document.
unread-rtf-binary = it holds binary data (\bin) that Sunlight cannot read
# A picture in an RTF document.
unread-rtf-picture = it shows a picture, which may be a scanned document that Sunlight cannot read
# An embedded object in an RTF document.
unread-rtf-object = it holds an embedded object that Sunlight cannot read
# A static page or style sheet loads a font of its own, which could draw letters as digits.
unread-own-font = it brings its own font (`@font-face` or an SVG font), which can draw letters as other letters or digits the privacy check cannot see; use the theme's fonts
# A style sheet whose CSS `content:` writes digits onto the page.
unread-css-digits = a style sheet in it writes digits onto the page (CSS `content:`), where the privacy check cannot see them beside the text they stand next to; write the figures in the page instead
# A style sheet whose CSS `content:` shows an attribute's value (`attr()`) beside the page's text.
unread-css-attr = a style sheet in it shows attribute values on the page (CSS `content: attr(…)`), where the privacy check cannot see them beside the text they stand next to; write the text in the page instead
# One place and its reason in the list of `egress-unread`.
unread-at = { $place }: { $reason }

## What a translation leaves in the default language: the parts listed by `translation-partial`.

# A word of a dataset or chart without a translation: its title, description, source, topic, subtitle, note, unit or the comparison label of a figure.
translation-part-word = { $part ->
        [title] the title
        [description] the description
        [source] the source
        [topic] the topic
        [subtitle] the subtitle
        [note] the note
        [unit] the unit
       *[compare] the comparison label
    }
# Column labels or units without a translation.
translation-part-columns = { $count } column { $count ->
        [one] label or unit
       *[other] labels or units
    } ({ $columns })
# Texts in the table (row names, text cells) without a translation; `line` is the first one's line, 0 when unknown.
translation-part-texts = { $count } { $count ->
        [one] text
       *[other] texts
    } in the table{ $line ->
        [0] {""}
       *[other] {" "}(the first on line { $line })
    }

## Where in an attachment a part was read: the places listed by `egress-attachment-found` and `unread-at`. Names the file itself gives (an entry's path, a sheet's name, a PNG chunk's keyword) are arguments, shown as the file writes them; numbers are Sunlight's own counting.

# One place inside another: an archive entry inside a ZIP, a page inside an attached PDF.
place-inside = { $outer } › { $inner }
# A page of a PDF.
place-page = page { $page }
# A `data:` URI inside a text file, by its number.
place-data-uri = data: URI { $n }
# The alternative text (ActualText, Alt) of a PDF page or appearance; `place` is the page.
place-alt-text = { $place }, alternative text
# Text of a PDF page drawn over other text, read a second time.
place-drawn-over = { $place }, text drawn over other text taken first
# The text of a PDF page in the order it is drawn (which copy and paste gives).
place-drawn-order = { $place }, in the order it is drawn
# A form field's or annotation's appearance in a PDF, by its object number.
place-pdf-appearance = form or annotation appearance (object { $object })
# Bytes before the `%PDF-` header, which a viewer skips but the file still holds.
place-pdf-before = data before the start of the PDF
# Bytes after the last `%%EOF`, which a viewer skips but the file still holds.
place-pdf-after = data after the end of the PDF (%%EOF)
# The data of an XFA form in a PDF.
place-xfa = XFA form data
# An earlier version of a PDF saved with incremental updates.
place-pdf-version = earlier version { $n } of the document
# PDF objects that no cross-reference table lists.
place-pdf-unlisted = objects listed in no cross-reference table
# A JavaScript action in a PDF.
place-javascript = JavaScript
# A PDF's document information dictionary.
place-pdf-info = document information (title, author …)
# Every other string of a PDF.
place-pdf-other = bookmarks, annotations, form fields and other text
# A stream of a PDF that holds metadata or an attached file.
place-embedded-stream = embedded stream
# A file attached to a PDF.
place-embedded-file = embedded file
# XMP metadata (in a PDF or a JPEG).
place-xmp = XMP metadata
# EXIF metadata of an image.
place-exif = EXIF metadata
# The names of the files inside an archive.
place-entry-names = names of the files inside
# A file inside a ZIP whose name cannot be read, by its number.
place-entry-number = file { $n }
# The comments and raw file names of a ZIP.
place-zip-header = comments and file names as written in the ZIP
# What a gzip file unpacks to.
place-unpacked = unpacked
# The header of a gzip file.
place-gzip-header = file name and comment in the gzip header
# A base64 value of a vCard or iCalendar file, by its property (`PHOTO`, `X-DOC`).
place-property-value = { $property } value
# The text of a vCard or iCalendar file, its folded lines joined and values decoded.
place-unfolded = unfolded and decoded
# An XML file with the entities its own DTD declares.
place-entities-expanded = with the entities its DTD declares expanded
# A text file read once more decoded as UTF-7 (RFC 2152), where its +…- markers stand.
place-utf7-decoded = decoded as UTF-7
# A text file read once more decoded as HZ (RFC 1843), where its ~{…~} markers stand.
place-hz-decoded = decoded as HZ (GB2312)
# Text found in the data of a font.
place-font-text = text inside the font
# Text found in data of no known format.
place-binary-text = text inside the binary data
# Text found in the data of an image.
place-image-text = text inside the image data
# A text chunk of a PNG image, by its type (`tEXt`) and keyword.
place-png-chunk = PNG { $chunk } chunk “{ $key }”
# The comment of a JPEG image.
place-jpeg-comment = JPEG comment
# An application segment of a JPEG image, by its number.
place-jpeg-segment = JPEG APP{ $n } segment
# The headers of a part of a MIME document (MHT, EML).
place-mime-headers = headers
# A part of a MIME document, by its number.
place-mime-part = part { $n }
# The body of a part of a MIME document that names no file.
place-mime-body = body
# A shared string of an XLSX file that no cell uses, by its number.
place-unused-string = xl/sharedStrings.xml, string { $n } (used by no cell)
# A slide of a PPTX file.
place-slide = slide { $slide }
# The speaker notes of a slide of a PPTX file.
place-slide-notes = notes of slide { $slide }
# A part of a DOCX or XLSX file, by what it is and its path inside the file.
place-office-part = { $what ->
        [body] document body
        [properties] document properties
        [header] header
        [footer] footer
        [comments] comments
        [notes] notes
       *[pivot-cache] pivot cache
    } ({ $part })
# A worksheet the workbook hides, by its name.
place-hidden-sheet = { $sheet } (hidden)
# A cell of a worksheet: the sheet's name and the cell (`名单!C3`).
place-cell = { $sheet }!{ $cell }
# Adjacent fields of a CSV or TSV file's record, as a spreadsheet opening it names them (`B2:C2`).
place-cells = fields { $first }:{ $last }
# The headers, footers and other text of a worksheet outside its cells.
place-sheet-other = { $sheet } (headers, footers and other text)
# The text of an RTF document.
place-rtf-text = document text
# The text of an RTF document read in the Chinese encoding GB18030 as well.
place-rtf-gb18030 = document text (read as GB18030)

## Kinds of image without an abbreviation of their own, inserted in `unread-image`.

# An icon file (.ico, .cur).
image-format-icon = icon
# An HEIF or AVIF image, or a video in the same container.
image-format-heif = HEIF, AVIF or video

## Names made of parts.

# The row of a published table of a records dataset: the value of each category it is grouped by, or `Total` and `(blank)`, in `records-worked-out-count` and `records-worked-out-sum`.
records-row-path = { $outer } / { $inner }
# A static page's own CSS (a style attribute or <style> rule) places or hides text in a way the privacy check cannot follow.
unread-css-layout = its own CSS (line { $line }) moves or hides text in a way the privacy check cannot follow (a position, a transform, a named grid area, a vertical writing mode, or a rule that picks only some of the elements it names, such as `:nth-child` or `p > span`); use plain classes and the page's written order
