# One fact, one reading: an arrest read back through every view in the office's time. Run again with the machine in
# other zones (set before QApplication starts) to show that the machine's zone changes nothing.
caselink_add_test(test_time_reading SOURCES test_time_reading.cpp LIBS caselink_test_support_ui LABELS ui)
target_compile_definitions(test_time_reading PRIVATE CASELINK_SCREENSHOT_DIR="${CMAKE_CURRENT_BINARY_DIR}/screenshots/time")
foreach(zone UTC America/New_York)
    string(REPLACE "/" "_" suffix ${zone})
    add_test(NAME test_time_reading_${suffix} COMMAND test_time_reading)
    get_test_property(test_time_reading ENVIRONMENT environment)
    set_tests_properties(test_time_reading_${suffix} PROPERTIES TIMEOUT 300 LABELS ui ENVIRONMENT "${environment};TZ=${zone}")
endforeach()
