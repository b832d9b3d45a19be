package cli

// Exit codes of every claimdiff command. They are listed in the README.
const (
	ExitOK          = 0   // success; for check: nothing new at or above --fail-on
	ExitFindings    = 1   // check: new disagreements at or above --fail-on
	ExitError       = 2   // usage errors, unreadable or bad input (other inputs are still processed)
	ExitInterrupted = 130 // Ctrl-C or SIGTERM: stopped, nothing half-stored (128 + SIGINT, as shells report it)
)
