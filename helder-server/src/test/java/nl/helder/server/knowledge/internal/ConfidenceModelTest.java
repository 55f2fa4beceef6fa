package nl.helder.server.knowledge.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConfidenceModelTest {

    @Test
    void moreCoverageMeansAHigherProbabilityWithinZeroAndOne() {
        ConfidenceModel model = ConfidenceModel.FITTED;
        double none = model.probability(new ConfidenceModel.Features(0, 0, 0, false, 1));
        double half = model.probability(new ConfidenceModel.Features(0.5, 0, 0, false, 1));
        double all = model.probability(new ConfidenceModel.Features(1, 1, 0.5, false, 1));

        assertThat(none).isGreaterThan(0).isLessThan(half);
        assertThat(half).isLessThan(all);
        assertThat(all).isLessThan(1);
    }

    @Test
    void theFitRecoversTheDirectionOfASeparatingFeature() {
        List<ConfidenceCalibration.Example> examples = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            double share = i / 40.0;
            examples.add(new ConfidenceCalibration.Example(new ConfidenceModel.Features(share, 0, 0, false, 0), share > 0.5 ^ i % 10 == 0, true));
        }
        ConfidenceModel fitted = ConfidenceModel.of(ConfidenceCalibration.fit(examples, "110000"));

        assertThat(fitted.share()).isPositive();
        assertThat(fitted.headShare()).isZero();
    }
}
