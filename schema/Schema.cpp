// The migration sets are generated into this library from the NNN_*.sql files beside this
// file (cmake/EmbedMigrations.cmake); this translation unit only gives the library a home.
