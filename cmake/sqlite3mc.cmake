# The SQLite every Concerto executable runs on: SQLite3 Multiple Ciphers (sqlite3mc), whose amalgamation
# scripts/setup.sh downloads (a pinned npm package, its SHA-256 checked) into BUILD/third-party/sqlite3mc.
#
# It is built as a shared library named like the system's, libsqlite3.so.0, so that Qt's stock QSQLITE
# driver plugin (which needs libsqlite3.so.0) runs on it: the executables load it first, through an RPATH,
# and the plugin then finds its SONAME already loaded. Nothing must fall back to the system's SQLite,
# which would ignore the key and write in clear; three guards (see the README, "Encryption at rest"):
#   - the store calls sqlite3mc_version() (models/store/cipher.cpp), and every executable is linked
#     with -z now: the dynamic loader resolves that symbol at start, so a process that got the system's
#     libsqlite3 (LD_PRELOAD, a missing library) does not start at all;
#   - --disable-new-dtags writes DT_RPATH, which the loader reads before LD_LIBRARY_PATH (DT_RUNPATH comes
#     after it): LD_LIBRARY_PATH cannot put the system's library in its place;
#   - every connection the store opens asks SQLite itself for its cipher (PRAGMA cipher) before it reads
#     a byte, and refuses the file when there is no answer (a QSQLITE plugin with a SQLite of its own inside).
set(CONCERTO_SQLITE3MC_DIR "${CMAKE_BINARY_DIR}/third-party/sqlite3mc" CACHE PATH
    "The SQLite3 Multiple Ciphers amalgamation (sqlite3.c, sqlite3.h), as scripts/setup.sh extracts it")
if(NOT EXISTS "${CONCERTO_SQLITE3MC_DIR}/sqlite3.c")
    message(FATAL_ERROR "The SQLite3 Multiple Ciphers amalgamation is not in ${CONCERTO_SQLITE3MC_DIR}: "
                        "configure the build with scripts/setup.sh BUILD_DIR, which downloads and checks it.")
endif()

# A new build of the library needs no executable linked again (same API): they find it at start.
set(CMAKE_LINK_DEPENDS_NO_SHARED ON)
add_library(concerto_sqlite3mc SHARED "${CONCERTO_SQLITE3MC_DIR}/sqlite3.c")
set_target_properties(concerto_sqlite3mc PROPERTIES
    OUTPUT_NAME sqlite3
    LINKER_LANGUAGE C
    SOVERSION 0
    C_VISIBILITY_PRESET default
    LIBRARY_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/third-party/lib")
target_compile_definitions(concerto_sqlite3mc PRIVATE
    # The cipher: SQLCipher 4's format (AES-256-CBC, HMAC-SHA512, PBKDF2 256,000 rounds or a raw key),
    # its legacy mode so that the files open in SQLCipher's own tools.
    CODEC_TYPE=CODEC_TYPE_SQLCIPHER SQLITE3MC_USE_SQLCIPHER_LEGACY SQLCIPHER_VERSION_DEFAULT=4
    # What Debian 12's libsqlite3 is built with and Concerto or the Qt plugin rely on: threads, column
    # metadata (the plugin does not load without it), FTS5 (the patient search), URIs (immutable reads),
    # secure delete (a deleted row is overwritten, not left in a free page); the session extension and
    # sqlite_stmt (tst_fichelistplan reads the statements' plans from it), as Debian's.
    SQLITE_THREADSAFE=1 SQLITE_USE_URI=1 SQLITE_ENABLE_COLUMN_METADATA SQLITE_ENABLE_FTS3
    SQLITE_ENABLE_FTS3_PARENTHESIS SQLITE_ENABLE_FTS4 SQLITE_ENABLE_FTS5 SQLITE_ENABLE_RTREE
    SQLITE_ENABLE_DBSTAT_VTAB SQLITE_ENABLE_MATH_FUNCTIONS SQLITE_ENABLE_UNLOCK_NOTIFY
    SQLITE_ENABLE_UPDATE_DELETE_LIMIT SQLITE_LIKE_DOESNT_MATCH_BLOBS SQLITE_SOUNDEX SQLITE_SECURE_DELETE
    SQLITE_ENABLE_SESSION SQLITE_ENABLE_PREUPDATE_HOOK SQLITE_ENABLE_STMTVTAB SQLITE_ENABLE_FTS3_TOKENIZER
    SQLITE_MAX_VARIABLE_NUMBER=250000 SQLITE_MAX_SCHEMA_RETRY=25 HAVE_ISNAN=1 HAVE_USLEEP=1)
# Third-party code: its warnings are not Concerto's to fix.
target_compile_options(concerto_sqlite3mc PRIVATE -w)
target_link_libraries(concerto_sqlite3mc PRIVATE m pthread dl)
