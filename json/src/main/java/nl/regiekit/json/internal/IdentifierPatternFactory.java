package nl.regiekit.json.internal;

import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;

import nl.regiekit.casemodel.Identifier;

/**
 * Regular expressions for the schema validator: the identifier pattern, which the schemas use
 * for every identifier and reference, is checked with {@link Identifier#matchesPattern(String)}
 * (a character loop, the same check the model makes); every other pattern goes to the JDK's
 * regular expressions, the validator's default.
 */
final class IdentifierPatternFactory implements RegularExpressionFactory {

    private static final RegularExpression IDENTIFIER = Identifier::matchesPattern;

    @Override
    public RegularExpression getRegularExpression(String regex) {
        return Identifier.PATTERN.equals(regex) ? IDENTIFIER
            : JDKRegularExpressionFactory.getInstance().getRegularExpression(regex);
    }
}
