# Dutch messages: concatenation of parts A, B and C
from src_nl_a import MESSAGES as A
from src_nl_b import MESSAGES as B
from src_nl_c import MESSAGES as C
MESSAGES = A + B + C
