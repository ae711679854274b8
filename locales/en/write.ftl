## Messages of the write stage.

# The output folder (--out) is the site, a source folder, the home folder or a system folder.
out-forbidden = refusing to write the site to { $folder }: { $why ->
        [site] it is the site folder or contains it, and building replaces the whole output folder
        [source] it is inside a source folder of the site
        [home] it is your home folder or contains it
       *[system] it is the root of the file system or a system folder
    }
    .hint = choose a separate folder, such as public/ inside the site folder (the default); --force does not change this
# Another build holds the lock on the output folder.
out-busy = another build is already writing to { $folder }: { $holder }
    .hint = wait for it to finish, then build again; two builds at once would mix their output
# The output path is a file.
out-not-folder = { $folder } exists and is not a folder
    .hint = remove it or choose another --out
# The folder a build writes into before swapping it in is taken by something Sunlight did not make.
out-staging-taken = { $folder } exists and was not made by Sunlight
    .hint = remove it or choose another --out
# Writing the output failed (the disk, permissions); the previous output is untouched.
out-io = could not { $step ->
        [parent] create the output's parent folder
        [lock] create the lock file
        [swap] swap in the new output
       *[write] write the new output
    } { $path }: { $reason }
    .hint = check that the output folder's parent exists and is writable; the previous output was left as it was
# The output folder is not empty and was not made by Sunlight.
out-foreign = refusing to replace { $folder }: it is not empty; it has no { $marker } marker, so Sunlight did not make it, and building deletes everything in it
    .hint = choose an empty or new folder; if replacing everything in it is really meant, pass --force
# The output folder holds something this build would not write (an earlier public/ with a file added by hand).
out-foreign-entry = refusing to replace { $folder }: it holds { $entry }, which this build would not write; it has no { $marker } marker, so Sunlight did not make it, and building deletes everything in it
    .hint = choose an empty or new folder; if replacing everything in it is really meant, pass --force
# The output folder is a mount point, where the new site cannot be swapped in.
out-mount-point = cannot write the site to { $folder }: it is a mount point (the top of a separate disk or volume), and a build swaps the new site in beside it, which cannot be done across volumes
    .hint = use a folder inside it as --out, such as site/ in it, and point the web server there
# Internal: a file handed to an output that was already swapped in (a bug in Sunlight, not in the site).
out-done = the new output was already put in place
    .hint = report this to the Sunlight maintainers; the site itself is not at fault
