## Lines the command line prints around the diagnostics.

# The last line of a build or check that failed.
run-failed = sunlight: { $errors } error(s); nothing was written
# The last line of a build that succeeded.
run-built = built { $pages } { $pages ->
        [one] page
       *[other] pages
    }, { $datasets } { $datasets ->
        [one] dataset
       *[other] datasets
    }, { $charts } { $charts ->
        [one] chart
       *[other] charts
    }, { $files } { $files ->
        [one] file
       *[other] files
    }; { $detections } privacy { $detections ->
        [one] detection
       *[other] detections
    }, { $suppressed } suppressed { $suppressed ->
        [one] cell
       *[other] cells
    }, { $warnings } { $warnings ->
        [one] warning
       *[other] warnings
    } in { $ms } ms
# The last line of a check that succeeded.
run-checked = checked { $pages } { $pages ->
        [one] page
       *[other] pages
    }, { $datasets } { $datasets ->
        [one] dataset
       *[other] datasets
    }, { $charts } { $charts ->
        [one] chart
       *[other] charts
    }, { $files } { $files ->
        [one] file
       *[other] files
    }; { $detections } privacy { $detections ->
        [one] detection
       *[other] detections
    }, { $suppressed } suppressed { $suppressed ->
        [one] cell
       *[other] cells
    }, { $warnings } { $warnings ->
        [one] warning
       *[other] warnings
    } in { $ms } ms

## `sunlight --help` and the help of each command (clap prints them; these are its words in the run's language).

# `sunlight --help`: what the program does, above the usage line.
cli-about = Builds a public transparency portal from YAML datasets and Markdown
# The help of `--lang`, in every command.
cli-lang = Language of messages: zh (中文) or en. Default: from LC_ALL, LC_MESSAGES or LANG (zh_* locales get Chinese)
# The help of `-h, --help`, in every command.
cli-help = Print help
# The help of `-V, --version`.
cli-version = Print version
# The `help` command in the list of commands.
cli-help-command = Print this message or the help of the given command
# `sunlight --help`: the privacy guarantee and its limits, after the options (README.md has the full text).
cli-privacy =
    Privacy guarantee:
      1. Record-level datasets (kind: records) are never published: only their `publish` aggregates, with cells made
         from fewer than privacy.min_cell records withheld (*), plus enough other cells that none can be worked out.
      2. Every published string passes a detector for resident ID numbers (GB 11643 check), mobile and landline numbers,
         bank cards (Luhn), passports and travel permits, e-mail, passwords and tokens, the privacy.strip markers, and
         every value of a personal column of any records dataset. Full-width digits, spaces, hyphens and line breaks
         inside a number do not hide it. A finding is replaced by privacy.replacement and reported as file:line and
         kind, never with the value; with --strict it is an error and nothing is written.
      3. The output is scanned again before it replaces public/; a hit fails the build. Every file is read by its
         content: text in any encoding, PDF, DOCX/XLSX/PPTX, ODF, ZIP and gzip, image metadata. A hit inside an
         attachment fails the build (it cannot be redacted in place); a file that cannot be read in full (an image,
         a scanned page, an encrypted or unknown file) is refused unless listed in privacy.reviewed with its SHA-256.
      Configure it under `privacy:` in site.yaml (min_cell, replacement, allow for public hotlines, strip, reviewed).
      Limits: it cannot recognise a name that is in no records dataset, an address, or a number written in Chinese
      numerals, nor read a photo or a scanned document (refused until reviewed). The report of each build is
      {"."}sunlight/privacy-report.json (counts only).
# `sunlight build --help`, and `build` in the list of commands.
cli-build = Build the site into public/ (or --out). The previous output is replaced only if the build succeeds
# `sunlight check --help`, and `check` in the list of commands.
cli-check = Check the site as a build would, writing nothing
# `sunlight serve --help`, and `serve` in the list of commands.
cli-serve = Preview the site on 127.0.0.1, rebuilding and reloading open pages on every save. Ctrl-C stops
# `sunlight init --help`, and `init` in the list of commands.
cli-init = Create a small site that builds at once, to start from
# The help of `--root` (build, check, serve).
cli-root = The site's folder, with site.yaml in it (default: the current folder)
# The help of `build --out`.
cli-out = Write the site here instead of public/ inside the site's folder
# The help of `build --base-url`.
cli-base-url = Publish under this address instead of site.yaml's base_url (links carry its path)
# The help of `build --strict`.
cli-build-strict = Treat warnings and privacy detections as errors (for publishing pipelines)
# The help of `build --force`.
cli-build-force = Replace an --out folder that is not empty and was not made by Sunlight (everything in it is deleted). Never the site, a folder containing it, the home folder or a system folder
# The help of `check --strict`.
cli-check-strict = Treat warnings and privacy detections as errors, as `build --strict` does
# The help of `serve --port`.
cli-port = Port to listen on (0: any free port). Without it, 8000 or the next free port is used
# The help of `serve --strict`.
cli-serve-strict = Treat warnings and privacy detections as errors, shown over the preview, as `build --strict` fails
# The help of `init`'s folder argument.
cli-init-dir = The folder to write the new site into (made if it does not exist)
# The help of `init --force`.
cli-init-force = Write into a folder that is not empty (files of the same names are replaced)
# In the usage line and the options: what stands for a folder (`--root <FOLDER>`).
cli-value-folder = FOLDER
# In the usage line and the options: what stands for a web address (`--base-url <ADDRESS>`).
cli-value-address = ADDRESS
# In the usage line and the options: what stands for a port number (`--port <PORT>`).
cli-value-port = PORT
# The heading before the usage line (clap's own word in English); a space ends it in English.
cli-heading-usage = Usage:{" "}
# The heading of the list of commands.
cli-heading-commands = Commands:
# The heading of the list of arguments.
cli-heading-arguments = Arguments:
# The heading of the list of options.
cli-heading-options = Options:
# In the usage line: where the options go.
cli-usage-options = [OPTIONS]
# In the usage line: where the command goes.
cli-usage-command = <COMMAND>
# The command line could not be read: a value that is not one of the allowed ones (`--lang xx`).
cli-error-invalid-value = sunlight: `{ $value }` is not a value of { $argument }; it takes { $valid }
# The command line could not be read: a value of the wrong kind (`--port abc`).
cli-error-refused-value = sunlight: `{ $value }` is not a value { $argument } takes
# The command line could not be read: an option or argument the command does not have.
cli-error-unknown-argument = sunlight: `{ $argument }` is not an option or argument of this command
# The command line could not be read: a command that does not exist.
cli-error-unknown-command = sunlight: there is no command `{ $command }`; the commands are build, check, serve and init
# The command line could not be read: a required argument is missing (`sunlight init` without a folder).
cli-error-missing-argument = sunlight: { $argument } is missing
# The command line could not be read: an option given twice.
cli-error-conflict = sunlight: { $argument } was given more than once
# Under a command-line error: the near match of what was typed.
cli-error-did-you-mean = did you mean `{ $suggestion }`?
# The last line after a command-line error.
cli-error-more = For more information, run `sunlight --help` (or `sunlight COMMAND --help`).
# The help of the `help` command's argument: the command whose help to print.
cli-help-command-name = The command whose help to print
# In the usage line and the options: what stands for a command's name (`help [COMMAND]`).
cli-value-command = COMMAND
# The command line could not be read: an option given without its value (`--lang` at the end).
cli-error-no-value = sunlight: { $argument } needs a value: { $valid }
# The command line could not be read: an option given without its value (`--out` at the end).
cli-error-needs-value = sunlight: { $argument } needs a value
# The command line could not be read: no command was given (`sunlight --lang zh`).
cli-error-missing-command = sunlight: name a command: build, check, serve or init
# The command line could not be read: two options that cannot be used together.
cli-error-conflict-with = sunlight: { $argument } cannot be used together with { $other }
# The command line could not be read: a value given to a switch that takes none (`--strict=yes`).
cli-error-too-many-values = sunlight: { $argument } takes no value, but was given `{ $value }`
# The command line could not be read: an option given too many or too few values.
cli-error-value-count = sunlight: { $argument } was given the wrong number of values
# The command line could not be read: an argument is not valid UTF-8 text (a folder name in another encoding).
cli-error-not-utf8 = sunlight: an argument is not valid UTF-8 text; type it again, or rename the folder it names
# The command line could not be read for another reason (the terminal was closed while help was printed).
cli-error-other = sunlight: the command line could not be read
# The command line could not be read: a switch written with `=` and nothing after it (`--strict=`).
cli-error-takes-no-value = sunlight: { $argument } takes no value; write it without `=`
