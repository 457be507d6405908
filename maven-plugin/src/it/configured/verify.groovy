// The build read .cpo.yaml: it passed although cooling-prerequisite is an error by default.
File log = new File(basedir, 'build.log')
assert log.text.contains('BUILD SUCCESS')
assert log.text.contains('[INFO] cpo: configuration ')
assert log.text.contains('[INFO] cpo: 1 file, 0 errors, 0 warnings')

// outputs: the SARIF report where the plugin puts it, the JSON one where the file says
File sarif = new File(basedir, 'target/cpo/cpo.sarif')
assert sarif.isFile()
assert !new File(basedir, 'target/cpo/TEST-cpo.xml').exists()
def results = new groovy.json.JsonSlurper().parse(sarif).runs[0].results
// findings: the severity the file gives; `off` leaves the finding out
assert results.find { it.ruleId == 'cooling-prerequisite' }.level == 'note'
assert !results.any { it.ruleId == 'vendor-change' }
// rules: the rule pack the file names
assert results.any { it.ruleId == 'example-min-link' }
File json = new File(basedir, 'target/reports/cpo.json')
assert json.isFile()
assert json.text.contains('"cooling-prerequisite"')
return true
