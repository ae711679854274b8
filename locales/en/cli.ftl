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
