// Beam search over a toy decoder: scores accumulated per beam, top-k
// selection over the flattened (beam, vocab) grid and hypothesis bookkeeping.
#include <torch/torch.h>

#include <algorithm>
#include <vector>

struct Hypothesis {
  std::vector<int64_t> tokens;
  double score = 0.0;
};

// A stand-in decoder: log-probabilities (beams, vocab) given the last tokens.
torch::Tensor decoder_logprobs(const torch::Tensor& last_tokens, const torch::Tensor& embed,
                               const torch::Tensor& proj) {
  torch::Tensor h = embed.index_select(0, last_tokens).tanh();
  return torch::log_softmax(h.matmul(proj), -1);
}

std::vector<Hypothesis> beam_search(const torch::Tensor& embed, const torch::Tensor& proj,
                                    int64_t bos, int64_t eos, int64_t beam, int64_t max_len) {
  const int64_t vocab = proj.size(1);
  torch::Tensor tokens = torch::full({beam, 1}, bos, torch::kLong);
  torch::Tensor scores = torch::zeros({beam});
  scores.narrow(0, 1, beam - 1).fill_(-1e9); // only the first beam is live at start
  std::vector<Hypothesis> finished;

  for (int64_t step = 0; step < max_len; ++step) {
    torch::Tensor last = tokens.select(1, tokens.size(1) - 1);
    torch::Tensor logp = decoder_logprobs(last, embed, proj);
    torch::Tensor total = (scores.unsqueeze(1) + logp).view({-1});
    auto top = total.topk(beam);
    torch::Tensor top_scores = std::get<0>(top);
    torch::Tensor top_index = std::get<1>(top);
    torch::Tensor beam_index = top_index.div(vocab, "floor");
    torch::Tensor token_index = top_index.remainder(vocab);

    tokens = torch::cat({tokens.index_select(0, beam_index), token_index.unsqueeze(1)}, 1);
    scores = top_scores.clone();

    // Move finished hypotheses out and kill their beams.
    torch::Tensor done = token_index.eq(eos);
    for (int64_t b = 0; b < beam; ++b) {
      if (!done[b].item<bool>())
        continue;
      Hypothesis hyp;
      torch::Tensor row = tokens[b].contiguous();
      const int64_t* data = row.data_ptr<int64_t>();
      hyp.tokens.assign(data, data + row.numel());
      hyp.score = scores[b].item<double>() / static_cast<double>(row.numel());
      finished.push_back(hyp);
      scores[b] = -1e9;
    }
    if (static_cast<int64_t>(finished.size()) >= beam)
      break;
  }
  std::sort(finished.begin(), finished.end(),
            [](const Hypothesis& a, const Hypothesis& b) { return a.score > b.score; });
  return finished;
}

int main() {
  torch::manual_seed(1);
  const int64_t vocab = 20, dim = 8;
  torch::Tensor embed = torch::randn({vocab, dim});
  torch::Tensor proj = torch::randn({dim, vocab});
  auto hyps = beam_search(embed, proj, /*bos=*/0, /*eos=*/1, /*beam=*/4, /*max_len=*/12);
  return hyps.size() <= 12 ? 0 : 1;
}
