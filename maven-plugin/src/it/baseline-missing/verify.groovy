// The build stopped on its configuration, and says which file is missing and what to do.
File log = new File(basedir, 'build.log')
String text = log.text
assert text.contains('BUILD FAILURE')
assert text.contains('cpo: baseline file not found: ')
assert text.contains('no-such-baseline.json')
assert text.contains('--write-baseline')
// an error of the configuration, not a failed check: nothing was checked
assert !text.contains('cpo: 1 file,')
assert !new File(basedir, 'target/cpo/cpo.sarif').exists()
return true
