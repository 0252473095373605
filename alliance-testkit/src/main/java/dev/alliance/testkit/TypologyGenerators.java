package dev.alliance.testkit;

import dev.alliance.api.typology.Form;
import dev.alliance.api.typology.Formality;
import dev.alliance.api.typology.GovernanceStyle;
import dev.alliance.api.typology.Lifespan;
import dev.alliance.api.typology.Motivation;
import dev.alliance.api.typology.Purpose;
import dev.alliance.api.typology.Typology;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators for the typology. */
public final class TypologyGenerators {
  private TypologyGenerators() {}

  /** @return permanent and ad hoc lifespans, every ad hoc one with an end condition */
  public static Gen<Lifespan> lifespans() {
    Gen<Lifespan> adHoc =
        Gens.names()
            .zip(
                Gens.dates().toOptionals(50),
                Generate.booleans(),
                (mission, endsOn, onObjectives) ->
                    Lifespan.adHoc(mission, endsOn, onObjectives || endsOn.isEmpty()));
    return Generate.oneOf(Generate.constant(Lifespan.permanent()), adHoc);
  }

  /** @return valid typologies */
  public static Gen<Typology> typologies() {
    return Gens.nonEmptyEnumSets(Purpose.class, 3)
        .zip(
            Generate.enumValues(GovernanceStyle.class),
            lifespans(),
            Generate.enumValues(Formality.class),
            (purposes, style, lifespan, formality) ->
                Typology.builder()
                    .purposes(purposes)
                    .governanceStyle(style)
                    .duration(lifespan)
                    .formality(formality))
        .zip(
            Generate.enumValues(Form.class),
            Gens.enumSets(Motivation.class, 3),
            (builder, form, motivations) -> builder.form(form).motivations(motivations).build())
        .describedAs(Typology::toString);
  }
}
