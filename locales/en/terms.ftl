## Words put inside other messages (an argument of kind Term): kinds of personal data, column types, kinds of value.

# A kind of personal data, in privacy warnings and wherever a masked value stands in a message.
term-kind-id-number = resident ID number
# A kind of personal data.
term-kind-mobile = mobile number
# A kind of personal data.
term-kind-landline = landline number
# A kind of personal data.
term-kind-bank-card = bank card number
# A kind of personal data.
term-kind-passport = passport or travel permit number
# A kind of personal data.
term-kind-email = e-mail address
# A kind of personal data.
term-kind-credential = password or credential
# A kind of personal data: an access key or token known by its shape (AKIA…, ghp_…, xoxb-…).
term-kind-access-token = access key or token
# A kind of personal data: a marker from privacy.strip left in the text.
term-kind-marker = editing marker
# A kind of personal data: a name that is a value of a personal column of a records dataset.
term-kind-roster-name = name from a records dataset
# Egress only: a long digit run that no source contained.
term-kind-long-number = unexplained long number
# Why the operating system refused to open or write something.
term-io-not-found = it does not exist
# Why the operating system refused.
term-io-permission = permission denied
# Why the operating system refused: the port is taken.
term-io-in-use = already in use by another program
# Why the operating system refused.
term-io-read-only = the disk is read-only
# Why the operating system refused.
term-io-full = the disk is full
# Why the operating system refused.
term-io-is-folder = it is a folder
# Why the operating system refused.
term-io-not-folder = part of the path is not a folder
# Why the operating system refused.
term-io-not-empty = the folder is not empty
# Why the operating system refused.
term-io-invalid-data = the content cannot be read
# Why the operating system refused, when it is none of the above.
term-io-other = the system refused
# A kind of value, inside YAML messages ("found … where … was expected").
term-value-mapping = a mapping (key: value lines)
# A kind of value.
term-value-list = a list (lines starting with -)
# A kind of value.
term-value-text = text
# A kind of value.
term-value-boolean = true or false
# A kind of value: a count, a limit (0 or more).
term-value-count = a whole number, 0 or more
# A kind of value.
term-value-integer = a whole number
# A kind of value.
term-value-number = a number
# A kind of value: nothing written.
term-value-empty = an empty value
# A kind of value the parser named in its own terms.
term-value-other = another kind of value
# Why a folder cannot be read: a link inside it leads back to itself.
term-io-loop = it loops back on itself
# A kind of value: the `y:` of a chart.
term-value-columns = a column key or a list of column keys
# A kind of value: the `publish:` of a records dataset.
term-value-tables = a table (`group_by:` and `measures:`) or a list of tables
# A kind of value: the `measures:` of a published table.
term-value-measures = a mapping of measure names to count, sum, mean, min or max
# A column type, inside messages.
term-type-text = text
# A column type.
term-type-integer = integer
# A column type.
term-type-number = number
# A column type.
term-type-percent = percent
# A column type.
term-type-date = date
# A kind of template error: the template is not written correctly.
term-template-syntax = it is not written correctly
# A kind of template error: a variable that does not exist.
term-template-undefined = it uses a value that does not exist
# A kind of template error: a filter, test or function that does not exist.
term-template-unknown = it calls a filter or function that does not exist
# A kind of template error: an included or extended template that does not exist.
term-template-missing = it includes a template that does not exist
# A kind of template error: too many or too few arguments.
term-template-arguments = a call has too many or too few arguments
# A kind of template error not listed above.
term-template-other = it failed while making the page
# A figure without a unit, in a sentence naming units.
term-no-unit = no unit
