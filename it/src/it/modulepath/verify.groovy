// The check ran in this consumer and passed, with the json module a named module on the module path.
def log = new File(basedir, 'build.log').text
assert log.contains('regiekit check passed') : 'the regiekit check did not pass, see build.log'
assert log.contains('run on the module path, json as module nl.regiekit.json') : 'the check did not run on the module path'
