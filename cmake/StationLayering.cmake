# The dependency direction between the station's libraries, checked on the sources (docs/DESIGN.md §4).
#
# A file of a library may include only headers of that library and of the libraries it links, directly or
# through others. CMake links static libraries in any order and every include resolves from the source
# root, so neither the compiler nor the linker notices an include that points the wrong way: this does.
#
# station_check_layering(<targets>) writes a manifest of the targets (their files and what they link) at
# configure time, checks it at once, and adds the target station_layering that checks it again whenever a
# source changes. The same file run as a script (cmake -DMANIFEST=<file> -P StationLayering.cmake) checks
# a manifest: that is what the build step and the tests in tests/layering do.

# The station libraries `target` links, directly or through others (aliases resolved).
function(_station_link_closure target out)
    set(todo ${target})
    set(seen "")
    while(todo)
        list(POP_FRONT todo current)
        get_target_property(type ${current} TYPE)
        set(deps "")
        if(NOT type STREQUAL "INTERFACE_LIBRARY")
            get_target_property(deps ${current} LINK_LIBRARIES)
        endif()
        get_target_property(ideps ${current} INTERFACE_LINK_LIBRARIES)
        foreach(dep IN LISTS deps ideps)
            if(NOT dep OR NOT TARGET ${dep})
                continue()
            endif()
            get_target_property(real ${dep} ALIASED_TARGET)
            if(real)
                set(dep ${real})
            endif()
            if(dep MATCHES "^station_" AND NOT dep IN_LIST seen)
                list(APPEND seen ${dep})
                list(APPEND todo ${dep})
            endif()
        endforeach()
    endwhile()
    set(${out} ${seen} PARENT_SCOPE)
endfunction()

# The files of `target` below the source root, relative to it (generated files are not checked).
function(_station_target_files target out)
    get_target_property(sources ${target} SOURCES)
    get_target_property(dir ${target} SOURCE_DIR)
    set(files "")
    if(NOT sources)
        set(sources "")
    endif()
    foreach(source IN LISTS sources)
        if(NOT IS_ABSOLUTE ${source})
            set(source ${dir}/${source})
        endif()
        cmake_path(IS_PREFIX PROJECT_SOURCE_DIR ${source} NORMALIZE inside)
        if(inside AND NOT source MATCHES "^${PROJECT_BINARY_DIR}/")
            file(RELATIVE_PATH rel ${PROJECT_SOURCE_DIR} ${source})
            list(APPEND files ${rel})
        endif()
    endforeach()
    set(${out} ${files} PARENT_SCOPE)
endfunction()

function(station_check_layering)
    set(manifest "set(STATION_LAYER_ROOT \"${PROJECT_SOURCE_DIR}\")\nset(STATION_LAYER_TARGETS ${ARGN})\n")
    set(all_files "")
    foreach(target IN LISTS ARGN)
        _station_target_files(${target} files)
        _station_link_closure(${target} closure)
        string(APPEND manifest "set(STATION_LAYER_FILES_${target} ${files})\n"
                               "set(STATION_LAYER_LINKS_${target} ${closure})\n")
        foreach(file IN LISTS files)
            list(APPEND all_files ${PROJECT_SOURCE_DIR}/${file})
        endforeach()
    endforeach()
    set(manifest_file ${PROJECT_BINARY_DIR}/station-layering.cmake)
    file(WRITE ${manifest_file} "${manifest}")
    execute_process(COMMAND ${CMAKE_COMMAND} -DMANIFEST=${manifest_file} -P ${CMAKE_CURRENT_FUNCTION_LIST_FILE}
                    RESULT_VARIABLE failed ERROR_VARIABLE message)
    if(failed)
        message(FATAL_ERROR "${message}")
    endif()
    add_custom_command(OUTPUT ${PROJECT_BINARY_DIR}/station-layering.stamp
        COMMAND ${CMAKE_COMMAND} -DMANIFEST=${manifest_file} -P ${CMAKE_CURRENT_FUNCTION_LIST_FILE}
        COMMAND ${CMAKE_COMMAND} -E touch ${PROJECT_BINARY_DIR}/station-layering.stamp
        DEPENDS ${all_files} ${manifest_file} ${CMAKE_CURRENT_FUNCTION_LIST_FILE}
        COMMENT "Checking the include direction between the station libraries" VERBATIM)
    add_custom_target(station_layering ALL DEPENDS ${PROJECT_BINARY_DIR}/station-layering.stamp)
endfunction()

# Script mode: check the manifest.
if(CMAKE_SCRIPT_MODE_FILE AND MANIFEST)
    cmake_minimum_required(VERSION 3.25)
    include(${MANIFEST})
    # Which target owns each file; headers not listed in a target belong to the target of their folder.
    foreach(target IN LISTS STATION_LAYER_TARGETS)
        foreach(file IN LISTS STATION_LAYER_FILES_${target})
            set(_owner_${file} ${target})
            get_filename_component(folder ${file} DIRECTORY)
            if(NOT DEFINED _folder_${folder})
                set(_folder_${folder} ${target})
            endif()
        endforeach()
    endforeach()
    set(violations "")
    foreach(target IN LISTS STATION_LAYER_TARGETS)
        foreach(file IN LISTS STATION_LAYER_FILES_${target})
            file(STRINGS ${STATION_LAYER_ROOT}/${file} includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"[^\"]+\"")
            foreach(line IN LISTS includes)
                string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\".*" "\\1" header "${line}")
                get_filename_component(folder ${header} DIRECTORY)
                if(DEFINED _owner_${header})
                    set(owner ${_owner_${header}})
                elseif(DEFINED _folder_${folder})
                    set(owner ${_folder_${folder}})
                else()
                    continue() # not a header of a checked library
                endif()
                if(NOT owner STREQUAL target AND NOT owner IN_LIST STATION_LAYER_LINKS_${target})
                    string(APPEND violations "\n  ${file} (${target}) includes ${header} (${owner}), "
                                             "which ${target} does not link")
                endif()
            endforeach()
        endforeach()
    endforeach()
    if(violations)
        message(FATAL_ERROR "Layering: an include points against the dependency direction "
                            "(docs/DESIGN.md §4):${violations}")
    endif()
endif()
