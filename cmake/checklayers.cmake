# Checks that the sources of one layer include only the headers of the layers it may use.
# Run by the build before each layer's library is compiled (cmake/layers.cmake), and by the tests:
#   cmake -DLAYER=ui -DALLOWED="editing;services" -DSOURCES="a.cpp;b.h" -DROOT=/src [-DEXCEPTIONS="ui/x.h>store"]
#         [-DSTAMP=file] -P checklayers.cmake
# A header's layer is its folder: models/<layer>/ (validation, staging, identity and planning are the
# "rules"), or the top folder (services, editing, reports, sync, server, ui, app; translations is "i18n").
# EXCEPTIONS lists files allowed one more layer each, as "path>layer" (the ui files that still reach the
# store until they go through the services). Fails, naming every wrong include, when one is found.
cmake_minimum_required(VERSION 3.25)

function(layer_of path out)
    set(layer "")
    if(path MATCHES "^models/(validation|staging|identity|planning)/")
        set(layer rules)
    elseif(path MATCHES "^models/([a-z]+)/")
        set(layer ${CMAKE_MATCH_1})
    elseif(path MATCHES "^translations/")
        set(layer i18n)
    elseif(path MATCHES "^(services|editing|reports|sync|server|ui|app|resources)/")
        set(layer ${CMAKE_MATCH_1})
    endif()
    set(${out} "${layer}" PARENT_SCOPE)
endfunction()

set(wrong "")
foreach(source IN LISTS SOURCES)
    file(RELATIVE_PATH relative "${ROOT}" "${source}")
    file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    foreach(line IN LISTS includes)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\".*$" "\\1" header "${line}")
        layer_of("${header}" used)
        if(used STREQUAL "" OR used STREQUAL LAYER OR used IN_LIST ALLOWED)
            continue()
        endif()
        if("${relative}>${used}" IN_LIST EXCEPTIONS)
            continue()
        endif()
        string(APPEND wrong "\n  ${relative} includes ${header}: the ${LAYER} layer may not use the ${used} layer")
    endforeach()
endforeach()

if(NOT wrong STREQUAL "")
    list(JOIN ALLOWED ", " allowed_words)
    message(FATAL_ERROR "Wrong layer arrows (${LAYER} may use: ${allowed_words}; see the top of CMakeLists.txt):${wrong}")
endif()
if(DEFINED STAMP)
    file(TOUCH "${STAMP}")
endif()
