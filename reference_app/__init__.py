"""Reference implementation of Mina sidor: portal, and (later) fake BankID and mail catcher."""
