// The build passed: the error is in the baseline, so it is neither logged nor failing; the rest is reported.
File log = new File(basedir, 'build.log')
String text = log.text
assert text.contains('BUILD SUCCESS')
assert text.contains('[INFO] cpo: 1 file, 0 errors, 1 warning, 3 notes (1 in the baseline)')
assert !text.contains('error cooling-prerequisite')
assert text.contains('warning plan-contradicts-numbers')
// the reports still carry every problem, the accepted one too
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/cpo/cpo.sarif'))
assert sarif.runs[0].results.any { it.ruleId == 'cooling-prerequisite' }
return true
