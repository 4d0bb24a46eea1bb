// The object the precompiled headers are made for; it has no code of its own.
