// The build passed; the reports are where they should be, with the rule pack's finding.
File log = new File(basedir, 'build.log')
assert log.text.contains('[INFO] cpo: 1 file, 0 errors')
assert log.text.contains('example-min-nic')

File sarif = new File(basedir, 'target/cpo/cpo.sarif')
assert sarif.isFile()
def json = new groovy.json.JsonSlurper().parse(sarif)
assert json.version == '2.1.0'
// the build's version, not a placeholder
assert json.runs[0].tool.driver.version == cpoVersion
def results = json.runs[0].results
assert results.any { it.ruleId == 'example-min-nic' }
assert results.every { it.level != 'error' }
// places are relative to the source root: the sample project
assert results.every { r -> r.locations == null || r.locations.every { it.physicalLocation.artifactLocation.uri.startsWith('src/main/cpo/') } }

File junit = new File(basedir, 'target/cpo/TEST-cpo.xml')
assert junit.isFile()
assert junit.text.contains('<testsuite')
return true
