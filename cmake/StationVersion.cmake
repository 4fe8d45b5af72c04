# The station's version facts, fixed at configure time (core/common/Version.h reads them):
#   STATION_GIT_REVISION  the commit the tree was configured from (12 hex digits, "-dirty" when tracked files
#                         differed from it); pass -DSTATION_GIT_REVISION=… to build from a tarball.
#   STATION_BUILD_DATE    UTC date; honours SOURCE_DATE_EPOCH for reproducible builds.
#   STATION_SOFTWARE_VERSION  "<project version>+g<revision>" (the project version alone without a revision):
#                         what --version prints, the About dialog shows and the audit trail records.
# A commit re-runs CMake (the HEAD file and the branch's ref are configure dependencies), so the revision
# follows the tree without a manual re-configure.
if(NOT STATION_GIT_REVISION)
    find_package(Git QUIET)
    if(GIT_FOUND AND EXISTS "${PROJECT_SOURCE_DIR}/.git")
        execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --short=12 HEAD
                        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} OUTPUT_VARIABLE _rev
                        OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE _rc)
        if(_rc EQUAL 0)
            set(STATION_GIT_REVISION "${_rev}")
            execute_process(COMMAND ${GIT_EXECUTABLE} diff --quiet HEAD --
                            WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} RESULT_VARIABLE _dirty ERROR_QUIET)
            if(_dirty EQUAL 1)
                string(APPEND STATION_GIT_REVISION "-dirty")
            endif()
            execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --symbolic-full-name HEAD
                            WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} OUTPUT_VARIABLE _branch
                            OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
            foreach(_ref HEAD ${_branch})
                execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --path-format=absolute --git-path ${_ref}
                                WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} OUTPUT_VARIABLE _file
                                OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
                if(_file AND EXISTS "${_file}")
                    set_property(DIRECTORY ${PROJECT_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_file}")
                endif()
            endforeach()
        endif()
    endif()
endif()
string(TIMESTAMP STATION_BUILD_DATE "%Y-%m-%d" UTC)
if(STATION_GIT_REVISION)
    set(STATION_SOFTWARE_VERSION "${PROJECT_VERSION}+g${STATION_GIT_REVISION}")
else()
    set(STATION_SOFTWARE_VERSION "${PROJECT_VERSION}")
endif()
message(STATUS "Station version ${STATION_SOFTWARE_VERSION}, built ${STATION_BUILD_DATE}")
