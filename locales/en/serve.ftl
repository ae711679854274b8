## `sunlight serve`: the console lines of the live preview and its in-browser overlay.

# The preview cannot start: the site folder given with --root cannot be opened.
serve-no-folder = sunlight: cannot open the site folder { $folder }: { $reason }
# The preview cannot start: the folder is not a site.
serve-no-site-yaml = sunlight: { $folder } has no site.yaml; run `sunlight serve` in a site folder (or pass --root), or create one with `sunlight init DIR`
# The preview cannot start: the address of the server is unknown.
serve-no-address = sunlight: cannot read the server's address: { $reason }
# The preview cannot start: Ctrl-C cannot be caught, so the preview folder could not be removed when it stops.
serve-no-ctrlc = sunlight: cannot take over Ctrl-C, so the preview could not clean up when stopped
# The preview cannot start: changes to the site folder cannot be watched.
serve-no-watch = sunlight: cannot watch the site folder { $folder } for changes
# The preview cannot start: no temporary folder for the preview.
serve-no-temp = sunlight: cannot create a temporary folder for the preview: { $reason }
# The preview cannot start: the server does not run.
serve-no-server = sunlight: cannot start the preview server: { $reason }
# First line of the preview: where it builds to.
serve-building = sunlight: building into the preview folder { $folder }
# The preview is ready; the address is what to open in a browser.
serve-serving = Serving { $folder } at { $address } (Ctrl-C stops)
# base_url was changed in site.yaml while the preview runs.
serve-base-moved = The base path changed: now serving at { $address }
# After a save that built.
serve-rebuilt = sunlight: wrote { $written } { $written ->
        [one] file
       *[other] files
    }{ $deleted ->
        [0] {""}
       *[other] , deleted { $deleted }
    } in { $ms } ms
# After a save that fixed the last error and changed nothing else.
serve-fixed = sunlight: fixed; nothing else changed
# After a save that does not build; the errors are printed above it and shown over the page.
serve-failed = sunlight: { $errors } { $errors ->
        [one] error
       *[other] errors
    }; still serving the last version that built
# The watch on the site folder reported a problem; the preview goes on.
serve-watch-failed = sunlight: a change in the site folder could not be read; save again if the preview did not update
# One source folder (content, data, themes…) cannot be watched.
serve-cannot-watch = sunlight: cannot watch { $folder }/ for changes; restart the preview after editing it
# The watch ended by itself (the folder was removed).
serve-watch-ended = sunlight: the watch on the site folder ended; the preview stopped
# Ctrl-C was pressed.
serve-stopped = sunlight: stopped; the preview folder was removed
# The heading of the overlay shown over the page in the browser while the last change does not build.
overlay-heading = sunlight serve: the last change does not build. The page below is the last version that did; it updates when the error is fixed.
# A hint line in the overlay.
overlay-hint = hint: { $hint }
# The title of the page shown before anything has built.
overlay-title = sunlight serve: the site does not build
# The preview could not write its folder (disk full, permissions).
serve-write-failed = could not write the preview folder: { $reason }
    .hint = check free disk space in the temporary folder, then save a file to retry
# `sunlight serve --port N` where port N cannot be listened on.
serve-no-port = sunlight: cannot listen on 127.0.0.1:{ $port } ({ $reason }); choose another --port, or leave it out to have a free port found
# `sunlight serve` without --port, and no port of 127.0.0.1 is free.
serve-no-free-port = sunlight: cannot listen on any port of 127.0.0.1
# The preview's reply to a request for another host name (a page elsewhere trying to read the preview).
serve-wrong-host = this preview answers only to http://127.0.0.1:{ $port }, http://localhost:{ $port } and http://[::1]:{ $port }
# The preview's reply to a request other than GET or HEAD.
serve-wrong-method = only GET and HEAD are served
# The preview's reply when too many pages are open for live reload.
serve-too-many-pages = too many pages are open for live reload; close some tabs of the preview
# The preview's reply to a request whose head is not UTF-8 text (a broken or hostile client; browsers never send one).
serve-bad-head-utf8 = the request head is not UTF-8 text
# The preview's reply to a request whose first line is not `METHOD PATH HTTP/1.1`.
serve-bad-request-line = the request line is not `METHOD PATH HTTP/1.1`
# The preview's reply to a request in a protocol other than HTTP/1.x.
serve-bad-version = only HTTP/1.x is served
# The preview's reply to a request for a full address instead of a path (`GET http://…`).
serve-bad-target = the request must name a path starting with `/`
# The preview's reply to a request header without `:`.
serve-bad-header = a request header has no `:`
# The preview's reply to a request with two `Host` headers.
serve-two-hosts = the request has two `Host` headers
# The preview's reply to an address holding a control character (`%0A` …).
serve-bad-address-control = the address holds a control character
# The preview's reply to an address whose percent-escapes are not UTF-8.
serve-bad-address-utf8 = the address is not valid UTF-8
# The preview's reply to a request head larger than it accepts.
serve-head-too-large = the request head is too large
# The preview's reply to a client that did not send its request head in time.
serve-head-too-slow = the request head did not come in time
# The preview's reply when every worker is busy.
serve-busy = the preview server is busy; try again
# The body of a redirect to the same page with `/` at the end (browsers follow it without showing it).
serve-moved = moved
# Console: the preview stops accepting connections (the system refused to wait on its sockets).
serve-stopped-accepting = sunlight: the preview server stopped accepting connections: { $reason }
