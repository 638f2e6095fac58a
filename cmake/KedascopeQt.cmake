# SPDX-License-Identifier: Apache-2.0
# Qt's strict string handling, applied to every target that links Qt.
function(kedascope_qt_target target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH QT_NO_URL_CAST_FROM_STRING QT_NO_CAST_FROM_BYTEARRAY)
    set_target_properties(${target} PROPERTIES AUTOMOC ON)
endfunction()
