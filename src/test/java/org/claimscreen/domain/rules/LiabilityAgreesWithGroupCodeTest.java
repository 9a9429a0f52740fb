package org.claimscreen.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.domain.claim.Claims.ACUPUNCTURIST;
import static org.claimscreen.domain.claim.Claims.BAD_CHECK_DIGIT_NPI;
import static org.claimscreen.domain.claim.Claims.CHIROPRACTOR;
import static org.claimscreen.domain.claim.Claims.DAY;
import static org.claimscreen.domain.claim.Claims.MASSAGE_THERAPIST;
import static org.claimscreen.domain.claim.Claims.OTHER_NPI;
import static org.claimscreen.domain.claim.Claims.PHYSICAL_THERAPIST_ASSISTANT;
import static org.claimscreen.domain.claim.Claims.PHYSICIAN;
import static org.claimscreen.domain.claim.Claims.REFERRING_NPI;
import static org.claimscreen.domain.claim.Claims.RENDERING_NPI;
import static org.claimscreen.domain.claim.Claims.SUPERVISING_NPI;
import static org.claimscreen.domain.claim.Claims.claimWith;
import static org.claimscreen.domain.claim.Claims.line;
import static org.claimscreen.domain.claim.Claims.massageByMassageTherapist;
import static org.claimscreen.domain.claim.Claims.originalMedicare;
import static org.claimscreen.domain.claim.Claims.payer;
import static org.claimscreen.domain.rules.PriorServices.history;
import static org.claimscreen.domain.rules.PriorServices.service;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.claimscreen.config.BuiltinPack;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.Claims.LineBuilder;
import org.claimscreen.domain.claim.ReportedDate;
import org.claimscreen.domain.claim.Indicator;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.Npi;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.claim.Plan;
import org.claimscreen.domain.claim.ReferenceData;
import org.claimscreen.domain.claim.RosterProvider;
import org.claimscreen.domain.claim.Taxonomy;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.junit.jupiter.api.Test;

/**
 * The rule catalog's liability rule, for the whole built-in pack: "A finding's group code and its
 * {@code liable} party always agree: {@code CO} → {@code PROVIDER} (the provider may not bill the
 * patient), {@code PR} → {@code PATIENT}. A rule whose code depends on the case (ABN on file,
 * payer) picks both together."
 *
 * <p>The cases below are screened by the whole of {@link BuiltinRulePack} through {@link RuleEngine},
 * as a run screens them, so later rules see earlier rules' findings. They are gathered so that every
 * rule of the pack fires at least once (the test fails first if one does not, naming it: a rule
 * registered without a case here must get one), and, for rules that pick the code by case, both ways
 * (with and without a signed ABN and GA). Every finding with a denial code is checked; findings
 * without one (the INFO patient-cost notes PAY-SELF-PAY, PAY-HSA-FSA-LMN, MA-MASSAGE-COST-SHARE and
 * MCR-ABN-MISSING, and MA-PLAN-UNKNOWN's REVIEW) predict no adjustment and are skipped.
 */
class LiabilityAgreesWithGroupCodeTest {

    private static final String NO_MASSAGE_PLAN = "H0001-001";
    private static final String ORDER_PLAN = "H0002-001";
    private static final String COPAY_PLAN = "H0003-001";
    private static final String UNKNOWN_PLAN = "H9999-999";

    /** The rendering massage therapist and the ordering physician in every plan's network; a chiropractor. */
    private static final ReferenceData REFERENCE = new ReferenceData(
            Map.of(NO_MASSAGE_PLAN, plan(NO_MASSAGE_PLAN, false, false, null, null),
                    ORDER_PLAN, plan(ORDER_PLAN, true, true, null, null),
                    COPAY_PLAN, plan(COPAY_PLAN, true, false, 1, Money.of("20.00"))),
            Map.of(Npi.of(RENDERING_NPI), provider(RENDERING_NPI, MASSAGE_THERAPIST),
                    Npi.of(REFERRING_NPI), provider(REFERRING_NPI, PHYSICIAN),
                    Npi.of(OTHER_NPI), provider(OTHER_NPI, CHIROPRACTOR)));

    private record Case(String name, Claim claim, History history) {

        Case(String name, Claim claim) {
            this(name, claim, History.NONE);
        }
    }

    @Test
    void everyFindingWithADenialCodePairsCoWithProviderAndPrWithPatient() {
        // given every rule's cases, screened by the whole pack
        RulePack pack = BuiltinPack.create();
        List<String> checked = new ArrayList<>();
        List<String> disagreeing = new ArrayList<>();
        Set<String> fired = new TreeSet<>();

        // when
        for (Case c : cases()) {
            RuleEngine engine = new RuleEngine(pack, REFERENCE, c.history(), RuleOverrides.NONE);
            for (Finding finding : engine.screen(c.claim(), Screening.AS_OF).findings()) {
                fired.add(finding.ruleId());
                if (finding.denialCode() == null) {
                    continue;
                }
                String seen = finding.ruleId() + " " + finding.denialCode() + " liable " + finding.liable()
                        + " (case: " + c.name() + ", line " + finding.lineNumber() + ")";
                checked.add(seen);
                if (!agree(finding)) {
                    disagreeing.add(seen);
                }
            }
        }

        // then every rule spoke, so no rule's findings went unchecked
        Set<String> silent = new TreeSet<>(pack.rules().stream().map(Rule::id).toList());
        silent.removeAll(fired);
        assertThat(silent)
                .as("rules of BuiltinRulePack that no case of this test makes fire; add a case for each so its"
                        + " findings are checked: %s", silent)
                .isEmpty();
        // and both groups were seen, both ways round
        assertThat(checked).anyMatch(seen -> seen.contains(" CO-")).anyMatch(seen -> seen.contains(" PR-"));
        assertThat(disagreeing)
                .as("findings whose group code and liable party disagree (CO must be PROVIDER, PR must be PATIENT)")
                .isEmpty();
    }

    @Test
    void everyFindingWithDollarsAtRiskNamesWhoWouldPay() {
        // given every rule's cases, screened by the whole pack
        RulePack pack = BuiltinPack.create();
        List<String> withDollars = new ArrayList<>();
        List<String> nobodyPays = new ArrayList<>();

        // when
        for (Case c : cases()) {
            RuleEngine engine = new RuleEngine(pack, REFERENCE, c.history(), RuleOverrides.NONE);
            for (Finding finding : engine.screen(c.claim(), Screening.AS_OF).findings()) {
                if (finding.amountAtRisk().isZero()) {
                    continue;
                }
                String seen = finding.ruleId() + " " + finding.amountAtRisk() + " (case: " + c.name() + ")";
                withDollars.add(seen);
                if (finding.liable() == null) {
                    nobodyPays.add(seen);
                }
            }
        }

        // then the report's "who would pay" accounts for every dollar
        assertThat(withDollars).anyMatch(seen -> seen.startsWith("MA-PLAN-UNKNOWN "));
        assertThat(nobodyPays).as("findings with dollars at risk and no liable party").isEmpty();
    }

    private static boolean agree(Finding finding) {
        return switch (finding.denialCode().group()) {
            case "CO" -> finding.liable() == Liability.PROVIDER;
            case "PR" -> finding.liable() == Liability.PATIENT;
            default -> true;
        };
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        // identifiers
        cases.add(new Case("NPI with a bad check digit", claimWith(line("97110").renderingNpi(BAD_CHECK_DIGIT_NPI))));
        cases.add(new Case("member id that is not an MBI",
                originalMedicare().memberId("XYZ123456789").lines(line("97110")).build()));

        // massage and massage therapists
        cases.add(new Case("massage therapist alone", claimWith(massageByMassageTherapist())));
        cases.add(new Case("massage therapist's manual therapy", claimWith(line("97140").renderedBy(MASSAGE_THERAPIST)
                .modifiers().referringNpi(null))));
        cases.add(new Case("supervised massage therapist, no covered service",
                claimWith(massageByMassageTherapist().supervisedBy(REFERRING_NPI).planOfCare(Indicator.YES))));
        cases.add(new Case("supervised massage therapist, the seed's allowed case",
                claimWith(line("97110"), massageByMassageTherapist().supervisedBy(REFERRING_NPI)
                        .planOfCare(Indicator.YES))));
        cases.add(new Case("massage therapist supervised by someone not in the roster",
                claimWith(line("97110"), massageByMassageTherapist().supervisedBy(SUPERVISING_NPI)
                        .planOfCare(Indicator.YES))));
        cases.add(new Case("massage therapist supervised by a chiropractor",
                claimWith(line("97110"), massageByMassageTherapist().supervisedBy(OTHER_NPI).planOfCare(Indicator.YES))));
        cases.add(new Case("PT's massage alone", claimWith(line("97124"))));
        cases.add(new Case("PT's massage alone, no plan of care", claimWith(line("97124").planOfCare(Indicator.NO))));
        cases.add(new Case("PT's massage alone, no plan of care, ABN and GA",
                claimWith(withAbnAndGa(line("97124").planOfCare(Indicator.NO), "GP"))));
        cases.add(new Case("stress-relief massage", originalMedicare().diagnoses("Z73.3").lines(line("97124")).build()));
        cases.add(new Case("stress-relief massage, ABN and GA",
                originalMedicare().diagnoses("Z73.3").lines(withAbnAndGa(line("97124"), "GP")).build()));
        cases.add(new Case("massage at a routine exam", originalMedicare().diagnoses("Z00.00").lines(line("97124")).build()));
        cases.add(new Case("stress-relief massage, ABN but no GA",
                originalMedicare().diagnoses("Z73.3").lines(line("97124").abn(Indicator.YES)).build()));

        // chiropractors
        cases.add(new Case("chiropractor's manual therapy", claimWith(chiropractor("97140"))));
        cases.add(new Case("chiropractor's manual therapy with GY", claimWith(chiropractor("97140").modifiers("GY"))));
        cases.add(new Case("maintenance manipulation", originalMedicare().diagnoses("M99.03")
                .lines(chiropractor("98940").modifiers()).build()));
        cases.add(new Case("maintenance manipulation, ABN and GA", originalMedicare().diagnoses("M99.03")
                .lines(chiropractor("98940").modifiers("GA").abn(Indicator.YES)).build()));
        cases.add(new Case("active manipulation with GA", originalMedicare().diagnoses("M99.03")
                .lines(chiropractor("98940").modifiers("AT", "GA").abn(Indicator.YES)).build()));
        cases.add(new Case("manipulation for back pain, no subluxation", originalMedicare().diagnoses("M54.50")
                .lines(chiropractor("98940").modifiers("AT")).build()));
        cases.add(new Case("three-region manipulation, one region", originalMedicare().diagnoses("M99.03")
                .lines(chiropractor("98941").modifiers("AT")).build()));
        cases.add(new Case("manipulation, initial treatment date left empty", originalMedicare().diagnoses("M99.03")
                .initialTreatment(ReportedDate.LEFT_EMPTY).lines(chiropractor("98940").modifiers("AT")).build()));

        // therapy
        cases.add(new Case("therapy without a plan of care", claimWith(line("97110").planOfCare(Indicator.NO))));
        cases.add(new Case("therapy without a plan of care, ABN and GA",
                claimWith(withAbnAndGa(line("97110").planOfCare(Indicator.NO), "GP"))));
        cases.add(new Case("therapy without a discipline modifier", claimWith(line("97110").modifiers())));
        cases.add(new Case("assistant's therapy without CQ", claimWith(line("97110").renderedBy(PHYSICAL_THERAPIST_ASSISTANT))));
        cases.add(new Case("therapy certified by a chiropractor", claimWith(line("97110").referringNpi(OTHER_NPI))));
        cases.add(new Case("GA with GZ", claimWith(line("97110").modifiers("GP", "GA", "GZ"))));
        cases.add(new Case("GA with GY", claimWith(line("97124").modifiers("GP", "GA", "GY"))));
        cases.add(new Case("modalities", claimWith(line("97014"), line("97010"), line("G0283").units(2))));
        cases.add(new Case("procedure code of no CPT/HCPCS shape", claimWith(line("97L24"))));
        cases.add(new Case("date of service after the as-of date",
                claimWith(line("97110").on(Screening.AS_OF.plusDays(1)))));
        cases.add(new Case("past the filing limit", claimWith(line("97110").on(LocalDate.of(2025, 1, 6)))));
        cases.add(new Case("units the minutes do not support", claimWith(line("97110").minutes(20).units(2))));
        cases.add(new Case("NCCI pair without 59", claimWith(line("97140"), line("97530"))));
        cases.add(new Case("past the KX threshold", claimWith(line("97110")),
                history(service("97110", LocalDate.of(2026, 1, 5)).units(90))));
        cases.add(new Case("past the KX threshold, ABN and GA", claimWith(withAbnAndGa(line("97110"), "GP")),
                history(service("97110", LocalDate.of(2026, 1, 5)).units(90))));
        cases.add(new Case("duplicate of an earlier run's line", claimWith(line("97110")),
                history(service("97110", DAY))));

        // acupuncture
        cases.add(new Case("acupuncture for neck pain", originalMedicare().diagnoses("M54.2")
                .lines(acupuncture()).build()));
        cases.add(new Case("acupuncture for neck pain, ABN and GA", originalMedicare().diagnoses("M54.2")
                .lines(withAbnAndGa(acupuncture())).build()));
        cases.add(new Case("acupuncturist's acupuncture", originalMedicare().diagnoses("M54.50")
                .lines(acupuncture().renderedBy(ACUPUNCTURIST)).build()));
        cases.add(new Case("chiropractor's dry needling", originalMedicare().diagnoses("M54.50")
                .lines(chiropractor("20560").modifiers()).build()));
        cases.add(new Case("acupuncture session 13", originalMedicare().diagnoses("M54.50").lines(acupuncture()).build(),
                history(acupunctureSessions(12))));
        cases.add(new Case("acupuncture session 21", originalMedicare().diagnoses("M54.50").lines(acupuncture()).build(),
                history(acupunctureSessions(20))));
        cases.add(new Case("acupuncture session 21, ABN and GA", originalMedicare().diagnoses("M54.50")
                .lines(withAbnAndGa(acupuncture())).build(), history(acupunctureSessions(20))));

        // Medicare Advantage
        cases.add(new Case("plan not in the plans file", advantage(UNKNOWN_PLAN).lines(advantageMassage()).build()));
        cases.add(new Case("plan without a massage benefit", advantage(NO_MASSAGE_PLAN).lines(advantageMassage()).build()));
        cases.add(new Case("plan that needs an order, none given", advantage(ORDER_PLAN)
                .lines(advantageMassage().referringNpi(null)).build()));
        cases.add(new Case("massage therapist outside the roster on an MA plan", advantage(COPAY_PLAN)
                .lines(advantageMassage().renderingNpi(SUPERVISING_NPI)).build()));
        cases.add(new Case("stress-relief massage on an MA plan", advantage(COPAY_PLAN).diagnoses("Z73.3")
                .lines(advantageMassage()).build()));
        cases.add(new Case("massage with a copay", advantage(COPAY_PLAN).lines(advantageMassage()).build()));
        cases.add(new Case("massage past the plan's sessions", advantage(COPAY_PLAN).lines(advantageMassage()).build(),
                history(service("97124", DAY.minusWeeks(1)).modifiers().advantage(COPAY_PLAN))));
        cases.add(new Case("ABN and GA on an MA claim", advantage(COPAY_PLAN)
                .lines(advantageMassage().modifiers("GA").abn(Indicator.YES)).build()));
        return cases;
    }

    /** {@code line} with a signed ABN on file and GA after {@code modifiers}. */
    private static LineBuilder withAbnAndGa(LineBuilder line, String... modifiers) {
        List<String> all = new ArrayList<>(List.of(modifiers));
        all.add("GA");
        return line.modifiers(all.toArray(String[]::new)).abn(Indicator.YES);
    }

    private static LineBuilder chiropractor(String code) {
        return line(code).renderedBy(CHIROPRACTOR).referringNpi(null).planOfCare(Indicator.NOT_GIVEN);
    }

    private static LineBuilder acupuncture() {
        return line("97810").renderedBy(PHYSICIAN).modifiers().planOfCare(Indicator.NOT_GIVEN);
    }

    /** {@code count} earlier-run acupuncture visits in 2026 before {@link org.claimscreen.domain.claim.Claims#DAY}. */
    private static PriorServices.Builder[] acupunctureSessions(int count) {
        PriorServices.Builder[] visits = new PriorServices.Builder[count];
        for (int i = 0; i < count; i++) {
            visits[i] = service("97810", LocalDate.of(2026, 1, 5).plusDays(2L * i)).modifiers().claimId("ACU-" + i);
        }
        return visits;
    }

    private static org.claimscreen.domain.claim.Claims.ClaimBuilder advantage(String planId) {
        return payer(PayerType.MEDICARE_ADVANTAGE).planId(planId);
    }

    /** 97124 by the in-network massage therapist, ordered by the in-network physician. */
    private static LineBuilder advantageMassage() {
        return massageByMassageTherapist().referringNpi(REFERRING_NPI);
    }

    private static Plan plan(String id, boolean massage, boolean order, Integer sessions, Money copay) {
        return new Plan(id, "Plan " + id, massage, order, sessions, copay, null, MonthDay.of(1, 1));
    }

    private static RosterProvider provider(String npi, String taxonomy) {
        return new RosterProvider(Npi.of(npi), "Provider " + npi, Taxonomy.of(taxonomy), true,
                Set.of(NO_MASSAGE_PLAN, ORDER_PLAN, COPAY_PLAN));
    }
}
