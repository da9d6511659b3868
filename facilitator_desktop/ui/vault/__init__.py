"""The vault's everyday life in the UI: changing the passphrase, the recovery key (shown
once, printable, used on the unlock screen) and a member's rights (export, erasure)."""
