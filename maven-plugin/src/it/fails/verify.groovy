// The build failed, and says why: the file, line and column, the code and the message.
File log = new File(basedir, 'build.log')
String text = log.text
assert text.contains('BUILD FAILURE')
assert text.contains('cpo: 1 problem reaches failOn=error')
assert text.contains('src/main/cpo/broken.cpo:7:17: error CPO203: unknown accelerator `H10`')
// the reports are written before the build fails, so that CI can upload them
assert new File(basedir, 'target/cpo/cpo.sarif').text.contains('"ruleId" : "CPO203"') ||
       new File(basedir, 'target/cpo/cpo.sarif').text.contains('"ruleId": "CPO203"')
assert new File(basedir, 'target/cpo/TEST-cpo.xml').text.contains('<failure')
return true
