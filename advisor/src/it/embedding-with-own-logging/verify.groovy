// The embedding application's build passed (its tests: the advice, one binding, the build's version),
// and its log shows its own lines, cpo-advisor's and Drools': nothing silenced them.
String log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 3, Failures: 0, Errors: 0, Skipped: 0')
// the application's own lines (slf4j-simple, at info)
assert log =~ /INFO org\.example\.estatecheck\.EstateCheck - estate-check: checking src\/test\/resources\/estate\.cpo with cpo-advisor \d/
assert log.contains('INFO org.example.estatecheck.EstateCheck - estate-check: 2 clusters judged')
// cpo-advisor's and Drools' debug lines, turned on in the application's simplelogger.properties
assert log.contains('DEBUG org.cpoadvisor.advisor.Advisor - advised on src/test/resources/estate.cpo: 2 clusters')
assert log.contains('DEBUG org.drools.kiesession.agenda.DefaultAgenda - ')
// no second binding, no missing one
assert !log.contains('SLF4J(W)')
return true
