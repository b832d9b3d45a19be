package story

// DayNumberForTest is dayNumber, for the tests of package story_test.
var DayNumberForTest = dayNumber
