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
