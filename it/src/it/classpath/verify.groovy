// The check ran and passed, and the README's example is the code it ran, line for line.
assert new File(basedir, 'build.log').text.contains('regiekit check passed') : 'the regiekit check did not pass, see build.log'

def example = new File(readme).text.split('## Example')[1].split('```java\n')[1].split('```')[0].readLines()
def source = new File(check, 'nl/regiekit/it/check/DemoCheck.java').text
def ran = source.split('// README example begins\n')[1].split('\\s*// README example ends')[0].readLines()
    .collect { it.startsWith('        ') ? it.substring(8) : it }
assert ran == example : "README.md's example differs from the code the consumers run (it/src/check)"
