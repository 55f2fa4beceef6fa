package nl.helder.server.knowledge.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConfidenceModelTest {

    private static ConfidenceModel.Features withShare(double share) {
        double[] values = new double[ConfidenceModel.Features.NAMES.size()];
        values[0] = 1;
        values[ConfidenceModel.Features.NAMES.indexOf("share")] = share;
        values[ConfidenceModel.Features.NAMES.indexOf("articleShare")] = share;
        values[ConfidenceModel.Features.NAMES.indexOf("rareShare")] = share;
        values[ConfidenceModel.Features.NAMES.indexOf("words")] = Math.log1p(4);
        return new ConfidenceModel.Features(values);
    }

    @Test
    void moreCoverageMeansAHigherProbabilityWithinZeroAndOne() {
        ConfidenceModel model = ConfidenceModel.FITTED;
        double none = model.probability(withShare(0));
        double half = model.probability(withShare(0.5));
        double all = model.probability(withShare(1));

        assertThat(none).isGreaterThan(0).isLessThan(half);
        assertThat(half).isLessThan(all);
        assertThat(all).isLessThan(1);
    }

    @Test
    void theFitRecoversTheDirectionOfASeparatingFeature() {
        List<ConfidenceCalibration.Example> examples = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            double share = i / 40.0;
            examples.add(new ConfidenceCalibration.Example(withShare(share), share > 0.5 ^ i % 10 == 0, true, i, false));
        }
        String mask = "11" + "0".repeat(ConfidenceModel.Features.NAMES.size() - 2);
        ConfidenceModel fitted = ConfidenceModel.of(ConfidenceCalibration.fit(examples, mask),
                new double[ConfidenceModel.CALIBRATION_NAMES.size()]);

        assertThat(fitted.weight("share")).isPositive();
        assertThat(fitted.weight("headShare")).isZero();
    }

    @Test
    void aModelNeedsOneWeightPerFeature() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConfidenceModel.of(new double[] {1, 2}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
