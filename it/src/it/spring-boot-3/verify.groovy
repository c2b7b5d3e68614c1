// The check ran in this consumer and passed.
assert new File(basedir, 'build.log').text.contains('regiekit check passed') : 'the regiekit check did not pass, see build.log'
