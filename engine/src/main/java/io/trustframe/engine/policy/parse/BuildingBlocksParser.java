package io.trustframe.engine.policy.parse;

import java.util.ArrayList;
import java.util.List;

import io.trustframe.engine.policy.Diagnostic;
import io.trustframe.engine.policy.model.BuildingBlocks.ClientDefinition;
import io.trustframe.engine.policy.model.BuildingBlocks;
import io.trustframe.engine.policy.model.ClaimType;
import io.trustframe.engine.policy.model.ClaimsTransformation;
import io.trustframe.engine.policy.model.ContentDefinition;
import io.trustframe.engine.policy.model.DisplayControl;
import io.trustframe.engine.policy.model.Localization;
import io.trustframe.engine.policy.model.Metadata;
import io.trustframe.engine.policy.model.Predicate;
import io.trustframe.engine.policy.model.PredicateValidation;

/** {@code BuildingBlocks} and everything in it. */
final class BuildingBlocksParser {

    private final ParseContext ctx;
    private final ClaimListParser claims;

    BuildingBlocksParser(ParseContext ctx) {
        this.ctx = ctx;
        this.claims = new ClaimListParser(ctx);
    }

    BuildingBlocks parse(XmlElement e) {
        if (e == null) {
            return BuildingBlocks.EMPTY;
        }
        return new BuildingBlocks(ctx.pos(e),
                map(e.list("ClaimsSchema", "ClaimType"), this::claimType),
                map(e.list("Predicates", "Predicate"), this::predicate),
                map(e.list("PredicateValidations", "PredicateValidation"), this::predicateValidation),
                map(e.list("ClaimsTransformations", "ClaimsTransformation"), this::claimsTransformation),
                map(e.list("ClientDefinitions", "ClientDefinition"), this::clientDefinition),
                map(e.list("ContentDefinitions", "ContentDefinition"), this::contentDefinition),
                localization(e.child("Localization")),
                map(e.list("DisplayControls", "DisplayControl"), this::displayControl));
    }

    private ClaimType claimType(XmlElement e) {
        List<ClaimType.PartnerClaimType> partnerTypes = new ArrayList<>();
        for (XmlElement p : e.list("DefaultPartnerClaimTypes", "Protocol")) {
            partnerTypes.add(new ClaimType.PartnerClaimType(ctx.pos(p), ctx.required(p, "Name"),
                    ctx.required(p, "PartnerClaimType")));
        }
        XmlElement mask = e.child("Mask");
        XmlElement restriction = e.child("Restriction");
        return new ClaimType(ctx.pos(e), ctx.required(e, "Id"), e.childText("DisplayName"), e.childText("DataType"),
                List.copyOf(partnerTypes),
                mask == null ? null : new ClaimType.Mask(ctx.pos(mask), mask.attr("Type"), mask.attr("Regex"),
                        mask.text()),
                e.childText("AdminHelpText"), e.childText("UserHelpText"), e.childText("UserInputType"),
                restriction == null ? null : restriction(restriction),
                ctx.reference(e.child("PredicateValidationReference"), "Id"));
    }

    private ClaimType.Restriction restriction(XmlElement e) {
        List<ClaimType.Enumeration> enumerations = new ArrayList<>();
        for (XmlElement item : e.children("Enumeration")) {
            enumerations.add(new ClaimType.Enumeration(ctx.pos(item), item.attr("Text"), ctx.required(item, "Value"),
                    ctx.bool(item, "SelectByDefault")));
        }
        XmlElement pattern = e.child("Pattern");
        return new ClaimType.Restriction(ctx.pos(e), e.attr("MergeBehavior"), List.copyOf(enumerations),
                pattern == null ? null : new ClaimType.Pattern(ctx.pos(pattern),
                        ctx.required(pattern, "RegularExpression"), pattern.attr("HelpText")));
    }

    private Predicate predicate(XmlElement e) {
        List<Predicate.Parameter> parameters = new ArrayList<>();
        for (XmlElement p : e.list("Parameters", "Parameter")) {
            parameters.add(new Predicate.Parameter(ctx.pos(p), ctx.required(p, "Id"), p.text()));
        }
        return new Predicate(ctx.pos(e), ctx.required(e, "Id"), ctx.required(e, "Method"), e.attr("HelpText"),
                e.childText("UserHelpText"), List.copyOf(parameters));
    }

    private PredicateValidation predicateValidation(XmlElement e) {
        List<PredicateValidation.PredicateGroup> groups = new ArrayList<>();
        for (XmlElement g : e.list("PredicateGroups", "PredicateGroup")) {
            XmlElement references = g.child("PredicateReferences");
            Integer matchAtLeast = references == null ? null
                    : ctx.integer(references, "MatchAtLeast", references.attr("MatchAtLeast"));
            groups.add(new PredicateValidation.PredicateGroup(ctx.pos(g), ctx.required(g, "Id"),
                    g.childText("UserHelpText"), matchAtLeast,
                    references == null ? List.of() : ctx.references(references.children("PredicateReference"), "Id")));
        }
        return new PredicateValidation(ctx.pos(e), ctx.required(e, "Id"), List.copyOf(groups));
    }

    private ClaimsTransformation claimsTransformation(XmlElement e) {
        List<ClaimsTransformation.InputParameter> parameters = new ArrayList<>();
        for (XmlElement p : e.list("InputParameters", "InputParameter")) {
            parameters.add(new ClaimsTransformation.InputParameter(ctx.pos(p), ctx.required(p, "Id"),
                    ctx.required(p, "DataType"), p.attr("Value")));
        }
        return new ClaimsTransformation(ctx.pos(e), ctx.required(e, "Id"), ctx.required(e, "TransformationMethod"),
                claims.claims(e, "InputClaims", "InputClaim"), List.copyOf(parameters),
                claims.claims(e, "OutputClaims", "OutputClaim"));
    }

    private ClientDefinition clientDefinition(XmlElement e) {
        return new ClientDefinition(ctx.pos(e), ctx.required(e, "Id"), e.childText("ClientUIFilterFlags"));
    }

    private ContentDefinition contentDefinition(XmlElement e) {
        XmlElement refs = e.child("LocalizedResourcesReferences");
        ContentDefinition.LocalizedResourcesReferences references = null;
        if (refs != null) {
            List<ContentDefinition.LocalizedResourcesReference> list = new ArrayList<>();
            for (XmlElement r : refs.children("LocalizedResourcesReference")) {
                list.add(new ContentDefinition.LocalizedResourcesReference(ctx.pos(r), ctx.required(r, "Language"),
                        ctx.required(r, "LocalizedResourcesReferenceId")));
            }
            references = new ContentDefinition.LocalizedResourcesReferences(ctx.pos(refs),
                    refs.attr("MergeBehavior"), List.copyOf(list));
        }
        return new ContentDefinition(ctx.pos(e), ctx.required(e, "Id"), e.childText("LoadUri"),
                e.childText("RecoveryUri"), e.childText("DataUri"), metadata(e.child("Metadata")), references);
    }

    private Localization localization(XmlElement e) {
        if (e == null) {
            return null;
        }
        XmlElement languages = e.child("SupportedLanguages");
        Localization.SupportedLanguages supported = null;
        if (languages != null) {
            List<String> codes = new ArrayList<>();
            for (XmlElement language : languages.children("SupportedLanguage")) {
                if (language.text() == null) {
                    ctx.diagnostics.add(Diagnostic.error(ctx.pos(language),
                            "SupportedLanguage is empty; expected a language code such as en or nl"));
                } else {
                    codes.add(language.text());
                }
            }
            supported = new Localization.SupportedLanguages(ctx.pos(languages), languages.attr("DefaultLanguage"),
                    languages.attr("MergeBehavior"), List.copyOf(codes));
        }
        return new Localization(ctx.pos(e), ctx.bool(e, "Enabled"), supported,
                map(e.children("LocalizedResources"), this::localizedResources));
    }

    private Localization.LocalizedResources localizedResources(XmlElement e) {
        List<Localization.LocalizedCollection> collections = new ArrayList<>();
        for (XmlElement c : e.list("LocalizedCollections", "LocalizedCollection")) {
            List<Localization.Item> items = new ArrayList<>();
            for (XmlElement item : c.children("Item")) {
                items.add(new Localization.Item(ctx.pos(item), item.attr("Text"), item.attr("Value"),
                        ctx.bool(item, "SelectByDefault")));
            }
            collections.add(new Localization.LocalizedCollection(ctx.pos(c), ctx.required(c, "ElementType"),
                    ctx.required(c, "ElementId"), c.attr("TargetCollection"), List.copyOf(items)));
        }
        List<Localization.LocalizedString> strings = new ArrayList<>();
        for (XmlElement s : e.list("LocalizedStrings", "LocalizedString")) {
            strings.add(new Localization.LocalizedString(ctx.pos(s), ctx.required(s, "ElementType"),
                    s.attr("ElementId"), ctx.required(s, "StringId"), s.text() == null ? "" : s.text()));
        }
        return new Localization.LocalizedResources(ctx.pos(e), ctx.required(e, "Id"), List.copyOf(collections),
                List.copyOf(strings));
    }

    private DisplayControl displayControl(XmlElement e) {
        List<DisplayControl.Action> actions = new ArrayList<>();
        for (XmlElement a : e.list("Actions", "Action")) {
            List<DisplayControl.ValidationClaimsExchangeTechnicalProfile> profiles = new ArrayList<>();
            for (XmlElement p : a.list("ValidationClaimsExchange", "ValidationClaimsExchangeTechnicalProfile")) {
                profiles.add(new DisplayControl.ValidationClaimsExchangeTechnicalProfile(ctx.pos(p),
                        ctx.required(p, "TechnicalProfileReferenceId"), ctx.bool(p, "ContinueOnError"),
                        ctx.bool(p, "ContinueOnSuccess"), claims.preconditions(p)));
            }
            actions.add(new DisplayControl.Action(ctx.pos(a), ctx.required(a, "Id"), List.copyOf(profiles)));
        }
        return new DisplayControl(ctx.pos(e), ctx.required(e, "Id"), ctx.required(e, "UserInterfaceControlType"),
                claims.claims(e, "InputClaims", "InputClaim"), claims.displayClaims(e),
                claims.claims(e, "OutputClaims", "OutputClaim"), List.copyOf(actions));
    }

    /** {@code Metadata/Item Key="…"}; shared with technical profiles. */
    Metadata metadata(XmlElement e) {
        if (e == null) {
            return null;
        }
        List<Metadata.Item> items = new ArrayList<>();
        for (XmlElement item : e.children("Item")) {
            items.add(new Metadata.Item(ctx.pos(item), ctx.required(item, "Key"),
                    item.text() == null ? "" : item.text()));
        }
        return new Metadata(List.copyOf(items));
    }

    private static <T> List<T> map(List<XmlElement> elements, java.util.function.Function<XmlElement, T> parser) {
        List<T> parsed = new ArrayList<>();
        for (XmlElement element : elements) {
            parsed.add(parser.apply(element));
        }
        return List.copyOf(parsed);
    }
}
