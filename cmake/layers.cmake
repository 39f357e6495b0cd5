# The layers as libraries: concerto_layer() makes one library of a layer's folders, links it to the
# layers it may use (CONCERTO_USES_<layer>, set at the top of the root CMakeLists.txt) and checks, before
# it compiles, that its sources include nothing else (cmake/checklayers.cmake).

# Runs the include check of `layer` on `sources` before `target` compiles (again whenever one changes).
function(concerto_check_layer target layer)
    set(sources ${ARGN})
    set(stamp "${CMAKE_CURRENT_BINARY_DIR}/${target}.layers.stamp")
    set(exceptions ${CONCERTO_LAYER_EXCEPTIONS_${layer}})
    add_custom_command(OUTPUT "${stamp}"
        COMMAND ${CMAKE_COMMAND} "-DLAYER=${layer}" "-DALLOWED=${CONCERTO_USES_${layer}}"
                "-DSOURCES=${sources}" "-DROOT=${CMAKE_SOURCE_DIR}" "-DEXCEPTIONS=${exceptions}"
                "-DSTAMP=${stamp}" -P "${CMAKE_SOURCE_DIR}/cmake/checklayers.cmake"
        DEPENDS ${sources} "${CMAKE_SOURCE_DIR}/cmake/checklayers.cmake"
        COMMENT "Checking the includes of the ${layer} layer"
        VERBATIM)
    add_custom_target(${target}_layers DEPENDS "${stamp}")
    add_dependencies(${target} ${target}_layers)
endfunction()

# concerto_layer(<layer> FOLDERS <folders relative to the source root>… [LINKS <other libraries>…])
function(concerto_layer layer)
    cmake_parse_arguments(PARSE_ARGV 1 L "" "" "FOLDERS;LINKS")
    set(sources "")
    foreach(folder IN LISTS L_FOLDERS)
        file(GLOB_RECURSE found CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/${folder}/*.cpp"
             "${CMAKE_SOURCE_DIR}/${folder}/*.h")
        list(APPEND sources ${found})
    endforeach()
    add_library(concerto_${layer} STATIC ${sources})
    set(uses "")
    foreach(used IN LISTS CONCERTO_USES_${layer})
        list(APPEND uses concerto_${used})
    endforeach()
    target_link_libraries(concerto_${layer} PUBLIC concerto_settings ${uses} ${L_LINKS})
    concerto_check_layer(concerto_${layer} ${layer} ${sources})
endfunction()
