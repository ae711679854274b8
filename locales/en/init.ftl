## `sunlight init DIR`: what it says after writing the starter site, or why it did not.

# The starter site was written; the second line says what to do next.
init-done = sunlight: wrote a new site ({ $files } files) to { $folder }
    next: cd { $folder } && sunlight serve
# The folder named for the new site is a file.
init-not-folder = sunlight: { $folder } exists and is not a folder
# The folder named for the new site has files in it, and --force was not given: nothing was written.
init-not-empty = sunlight: { $folder } is not empty; name a new or empty folder, or add --force to write the starter files into it (files of the same names are replaced, nothing else is touched)
# A file or folder of the starter site could not be written.
init-io = sunlight: could not write { $path }: { $reason }
