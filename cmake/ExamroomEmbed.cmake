# examroom_embed_migrations(<target> NAME <set> DIR <dir>)
# Embeds every <dir>/NNN_*.sql file, in numeric order, into <target> as the migration set
# `examroom::schema::<set>Migrations()` (see shared/store/Migration.h). The build re-runs
# when a file is added or changed.
function(examroom_embed_migrations target)
    cmake_parse_arguments(ARG "" "NAME;DIR" "" ${ARGN})
    file(GLOB sql_files CONFIGURE_DEPENDS "${ARG_DIR}/[0-9][0-9][0-9]_*.sql")
    list(SORT sql_files)
    set(out "${CMAKE_CURRENT_BINARY_DIR}/migrations_${ARG_NAME}.cpp")
    add_custom_command(
        OUTPUT "${out}"
        COMMAND ${CMAKE_COMMAND} -DNAME=${ARG_NAME} -DOUT=${out} "-DFILES=${sql_files}"
                -P "${PROJECT_SOURCE_DIR}/cmake/EmbedMigrations.cmake"
        DEPENDS ${sql_files} "${PROJECT_SOURCE_DIR}/cmake/EmbedMigrations.cmake"
        COMMENT "Embedding ${ARG_NAME} migrations"
        VERBATIM)
    target_sources(${target} PRIVATE "${out}")
endfunction()
