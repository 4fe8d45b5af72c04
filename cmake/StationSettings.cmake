# One INTERFACE target carries the compile settings every target of the project shares:
# warnings, hardening and the Qt defines. Every library, executable and test links it.
add_library(station_settings INTERFACE)
add_library(Station::Settings ALIAS station_settings)

target_compile_options(station_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor
    -Wshadow=local -Wcast-qual -Wformat=2
    -fstack-protector-strong -fstack-clash-protection -fcf-protection
)
# Warnings are errors in CI. The choice is cached at the first configure, so a later automatic re-run of
# CMake (without CI in the environment) keeps it.
set(_station_werror_default OFF)
if(DEFINED ENV{CI} AND NOT "$ENV{CI}" STREQUAL "" AND NOT "$ENV{CI}" STREQUAL "false")
    set(_station_werror_default ON)
endif()
option(STATION_WERROR "Treat compiler warnings as errors (default: on when CI is set)" ${_station_werror_default})
if(STATION_WERROR)
    message(STATUS "Warnings are errors")
    target_compile_options(station_settings INTERFACE -Werror)
endif()

target_compile_definitions(station_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
)
if(NOT STATION_SANITIZE)
    target_compile_definitions(station_settings INTERFACE $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
endif()
target_link_options(station_settings INTERFACE -Wl,-z,relro -Wl,-z,now -Wl,--as-needed)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

if(STATION_SANITIZE)
    message(STATUS "Building with AddressSanitizer + UndefinedBehaviorSanitizer")
    target_compile_options(station_settings INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(station_settings INTERFACE -fsanitize=address,undefined)
endif()
