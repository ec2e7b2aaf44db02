// Mock of OpenCV 4.6.0 core (Debian libopencv-dev). Declarations only; never linked.
// Mirrors: opencv2/core/{hal/interface.h,cvdef.h,base.hpp,matx.hpp,types.hpp,mat.hpp,mat.inl.hpp,operations.hpp}, opencv2/core.hpp.
#pragma once
#include <array>
#include <climits>
#include <cstdlib>
#include <cstddef>
#include <iosfwd>
#include <vector>

typedef unsigned char uchar;
typedef unsigned short ushort;
typedef signed char schar;
#define CV_CN_SHIFT 3
#define CV_DEPTH_MAX (1 << CV_CN_SHIFT)
#define CV_MAT_DEPTH_MASK (CV_DEPTH_MAX - 1)
#define CV_MAT_DEPTH(flags) ((flags) & CV_MAT_DEPTH_MASK)
#define CV_MAKETYPE(depth, cn) (CV_MAT_DEPTH(depth) + (((cn) - 1) << CV_CN_SHIFT))
#define CV_MAKE_TYPE CV_MAKETYPE
#define CV_8U 0
#define CV_8S 1
#define CV_16U 2
#define CV_16S 3
#define CV_32S 4
#define CV_32F 5
#define CV_64F 6
#define CV_16F 7
#define CV_8UC1 CV_MAKETYPE(CV_8U, 1)
#define CV_8UC2 CV_MAKETYPE(CV_8U, 2)
#define CV_8UC3 CV_MAKETYPE(CV_8U, 3)
#define CV_8UC4 CV_MAKETYPE(CV_8U, 4)
#define CV_8UC(n) CV_MAKETYPE(CV_8U, (n))
#define CV_16SC1 CV_MAKETYPE(CV_16S, 1)
#define CV_32SC1 CV_MAKETYPE(CV_32S, 1)
#define CV_32FC1 CV_MAKETYPE(CV_32F, 1)
#define CV_32FC2 CV_MAKETYPE(CV_32F, 2)
#define CV_32FC3 CV_MAKETYPE(CV_32F, 3)
#define CV_32FC(n) CV_MAKETYPE(CV_32F, (n))
#define CV_64FC1 CV_MAKETYPE(CV_64F, 1)
#define CV_64FC3 CV_MAKETYPE(CV_64F, 3)
#define CV_64FC(n) CV_MAKETYPE(CV_64F, (n))
// base.hpp, the CV_STATIC_ANALYSIS form (the other form has the same
// do { if (...) ; else ...; } while (0) shape but needs <string>).
#define CV_Assert( expr ) do { if (!(expr)) abort(); } while (0)

namespace cv {
typedef std::string String;
enum DecompTypes { DECOMP_LU = 0, DECOMP_SVD = 1, DECOMP_EIG = 2, DECOMP_CHOLESKY = 3, DECOMP_QR = 4, DECOMP_NORMAL = 16 };
enum NormTypes { NORM_INF = 1, NORM_L1 = 2, NORM_L2 = 4, NORM_L2SQR = 5, NORM_HAMMING = 6, NORM_MINMAX = 32 };
enum BorderTypes { BORDER_CONSTANT = 0, BORDER_REPLICATE = 1, BORDER_REFLECT = 2, BORDER_WRAP = 3, BORDER_REFLECT_101 = 4,
                   BORDER_TRANSPARENT = 5, BORDER_REFLECT101 = BORDER_REFLECT_101, BORDER_DEFAULT = BORDER_REFLECT_101, BORDER_ISOLATED = 16 };

template<typename _Tp, int m, int n> class Matx {
public:
    enum { rows = m, cols = n, channels = rows * cols };
    Matx();
    Matx(_Tp v0, _Tp v1);
    Matx(_Tp v0, _Tp v1, _Tp v2);
    Matx(_Tp v0, _Tp v1, _Tp v2, _Tp v3);
    const _Tp& operator()(int row, int col) const { return val[0]; }
    _Tp& operator()(int row, int col) { return val[0]; }
    _Tp val[m * n];
};
template<typename _Tp, int cn> class Vec : public Matx<_Tp, cn, 1> {
public:
    Vec();
    Vec(_Tp v0);
    Vec(_Tp v0, _Tp v1);
    Vec(_Tp v0, _Tp v1, _Tp v2);
    Vec(_Tp v0, _Tp v1, _Tp v2, _Tp v3);
    const _Tp& operator[](int i) const { return this->val[i]; }
    _Tp& operator[](int i) { return this->val[i]; }
};
typedef Vec<uchar, 3> Vec3b;
typedef Vec<float, 3> Vec3f;
typedef Vec<double, 4> Vec4d;

template<typename _Tp> class Point_ {
public:
    Point_() : x(0), y(0) {}
    Point_(_Tp _x, _Tp _y) : x(_x), y(_y) {}
    _Tp x, y;
};
typedef Point_<int> Point2i;
typedef Point_<float> Point2f;
typedef Point2i Point;

template<typename _Tp> class Size_ {
public:
    Size_() : width(0), height(0) {}
    Size_(_Tp _width, _Tp _height) : width(_width), height(_height) {}
    _Tp area() const { return width * height; }
    bool empty() const { return width <= 0 || height <= 0; }
    _Tp width, height;
};
typedef Size_<int> Size2i;
typedef Size_<float> Size2f;
typedef Size2i Size;

template<typename _Tp> class Rect_ {
public:
    Rect_() : x(0), y(0), width(0), height(0) {}
    Rect_(_Tp _x, _Tp _y, _Tp _width, _Tp _height) : x(_x), y(_y), width(_width), height(_height) {}
    Rect_(const Point_<_Tp>& org, const Size_<_Tp>& sz) : x(org.x), y(org.y), width(sz.width), height(sz.height) {}
    Point_<_Tp> tl() const { return Point_<_Tp>(x, y); }
    Size_<_Tp> size() const { return Size_<_Tp>(width, height); }
    _Tp area() const { return width * height; }
    _Tp x, y, width, height;
};
typedef Rect_<int> Rect2i;
typedef Rect2i Rect;

class Range {
public:
    Range() : start(0), end(0) {}
    Range(int _start, int _end) : start(_start), end(_end) {}
    int size() const { return end - start; }
    bool empty() const { return start == end; }
    static Range all() { return Range(INT_MIN, INT_MAX); }
    int start, end;
};

template<typename _Tp> class Scalar_ : public Vec<_Tp, 4> {
public:
    Scalar_();
    Scalar_(_Tp v0, _Tp v1, _Tp v2 = 0, _Tp v3 = 0);
    Scalar_(_Tp v0);
    Scalar_(const Scalar_& s);
    Scalar_(Scalar_&& s) noexcept;
    Scalar_& operator=(const Scalar_& s);
    Scalar_& operator=(Scalar_&& s) noexcept;
    template<typename _Tp2, int cn> Scalar_(const Vec<_Tp2, cn>& v);
    static Scalar_<_Tp> all(_Tp v0);
};
typedef Scalar_<double> Scalar;

class Mat;
class MatExpr;
class MatOp;
template<typename _Tp> class Mat_;

class _InputArray {
public:
    _InputArray();
    _InputArray(int _flags, void* _obj);
    _InputArray(const Mat& m);
    _InputArray(const MatExpr& expr);
    _InputArray(const std::vector<Mat>& vec);
    template<typename _Tp> _InputArray(const Mat_<_Tp>& m);
    template<typename _Tp> _InputArray(const std::vector<_Tp>& vec);
    _InputArray(const std::vector<bool>& vec);
    template<typename _Tp> _InputArray(const _Tp* vec, int n);
    template<typename _Tp, int m, int n> _InputArray(const Matx<_Tp, m, n>& matx);
    _InputArray(const double& val);
    template<typename _Tp, std::size_t _Nm> _InputArray(const std::array<_Tp, _Nm>& arr);
    Mat getMat(int idx = -1) const;
    bool empty() const;
    int type(int i = -1) const;
protected:
    int flags;
    void* obj;
};

class _OutputArray : public _InputArray {
public:
    _OutputArray();
    _OutputArray(int _flags, void* _obj);
    _OutputArray(Mat& m);
    _OutputArray(std::vector<Mat>& vec);
    template<typename _Tp> _OutputArray(std::vector<_Tp>& vec);
    _OutputArray(std::vector<bool>& vec) = delete;
    template<typename _Tp> _OutputArray(Mat_<_Tp>& m);
    template<typename _Tp> _OutputArray(_Tp* vec, int n);
    template<typename _Tp, int m, int n> _OutputArray(Matx<_Tp, m, n>& matx);
    _OutputArray(const Mat& m);
    _OutputArray(const std::vector<Mat>& vec);
    template<typename _Tp> _OutputArray(const std::vector<_Tp>& vec);
    template<typename _Tp> _OutputArray(const Mat_<_Tp>& m);
    template<typename _Tp> _OutputArray(const _Tp* vec, int n);
    template<typename _Tp, int m, int n> _OutputArray(const Matx<_Tp, m, n>& matx);
    void create(Size sz, int type, int i = -1, bool allowTransposed = false, int fixedDepthMask = 0) const;
    void release() const;
};

class _InputOutputArray : public _OutputArray {
public:
    _InputOutputArray();
    _InputOutputArray(int _flags, void* _obj);
    _InputOutputArray(Mat& m);
    _InputOutputArray(std::vector<Mat>& vec);
    template<typename _Tp> _InputOutputArray(std::vector<_Tp>& vec);
    _InputOutputArray(std::vector<bool>& vec) = delete;
    template<typename _Tp> _InputOutputArray(Mat_<_Tp>& m);
    template<typename _Tp> _InputOutputArray(_Tp* vec, int n);
    template<typename _Tp, int m, int n> _InputOutputArray(Matx<_Tp, m, n>& matx);
    _InputOutputArray(const Mat& m);
    _InputOutputArray(const std::vector<Mat>& vec);
    template<typename _Tp> _InputOutputArray(const std::vector<_Tp>& vec);
    template<typename _Tp> _InputOutputArray(const Mat_<_Tp>& m);
    template<typename _Tp> _InputOutputArray(const _Tp* vec, int n);
    template<typename _Tp, int m, int n> _InputOutputArray(const Matx<_Tp, m, n>& matx);
};

typedef const _InputArray& InputArray;
typedef InputArray InputArrayOfArrays;
typedef const _OutputArray& OutputArray;
typedef OutputArray OutputArrayOfArrays;
typedef const _InputOutputArray& InputOutputArray;
typedef InputOutputArray InputOutputArrayOfArrays;
InputOutputArray noArray();

struct MatSize {
    explicit MatSize(int* _p) noexcept : p(_p) {}
    int dims() const noexcept;
    Size operator()() const;
    const int& operator[](int i) const;
    int& operator[](int i);
    operator const int*() const noexcept;
    bool operator==(const MatSize& sz) const noexcept;
    bool operator!=(const MatSize& sz) const noexcept;
    int* p;
};
struct MatStep {
    MatStep() noexcept;
    explicit MatStep(size_t s) noexcept;
    const size_t& operator[](int i) const noexcept;
    size_t& operator[](int i) noexcept;
    operator size_t() const;
    MatStep& operator=(size_t s);
    size_t* p;
    size_t buf[2];
protected:
    MatStep& operator=(const MatStep&);
};

class Mat {
public:
    Mat() noexcept;
    Mat(int rows, int cols, int type);
    Mat(Size size, int type);
    Mat(int rows, int cols, int type, const Scalar& s);
    Mat(Size size, int type, const Scalar& s);
    Mat(int ndims, const int* sizes, int type);
    Mat(const std::vector<int>& sizes, int type);
    Mat(const Mat& m);
    Mat(int rows, int cols, int type, void* data, size_t step = AUTO_STEP);
    Mat(Size size, int type, void* data, size_t step = AUTO_STEP);
    Mat(const Mat& m, const Range& rowRange, const Range& colRange = Range::all());
    Mat(const Mat& m, const Rect& roi);
    Mat(const Mat& m, const Range* ranges);
    Mat(const Mat& m, const std::vector<Range>& ranges);
    template<typename _Tp> explicit Mat(const std::vector<_Tp>& vec, bool copyData = false);
    template<typename _Tp, int n> explicit Mat(const Vec<_Tp, n>& vec, bool copyData = true);
    template<typename _Tp, int m, int n> explicit Mat(const Matx<_Tp, m, n>& mtx, bool copyData = true);
    template<typename _Tp> explicit Mat(const Point_<_Tp>& pt, bool copyData = true);
    ~Mat();
    Mat& operator=(const Mat& m);
    Mat& operator=(const MatExpr& expr);

    Mat row(int y) const;
    Mat col(int x) const;
    Mat rowRange(int startrow, int endrow) const;
    Mat rowRange(const Range& r) const;
    Mat colRange(int startcol, int endcol) const;
    Mat colRange(const Range& r) const;
    Mat diag(int d = 0) const;
    static Mat diag(const Mat& d);
    Mat clone() const;
    void copyTo(OutputArray m) const;
    void copyTo(OutputArray m, InputArray mask) const;
    void convertTo(OutputArray m, int rtype, double alpha = 1, double beta = 0) const;
    void assignTo(Mat& m, int type = -1) const;
    Mat& operator=(const Scalar& s);
    Mat& setTo(InputArray value, InputArray mask = noArray());
    Mat reshape(int cn, int rows = 0) const;
    Mat reshape(int cn, int newndims, const int* newsz) const;
    Mat reshape(int cn, const std::vector<int>& newshape) const;
    MatExpr t() const;
    MatExpr inv(int method = DECOMP_LU) const;
    MatExpr mul(InputArray m, double scale = 1) const;
    Mat cross(InputArray m) const;
    double dot(InputArray m) const;
    static MatExpr zeros(int rows, int cols, int type);
    static MatExpr zeros(Size size, int type);
    static MatExpr ones(int rows, int cols, int type);
    static MatExpr ones(Size size, int type);
    static MatExpr eye(int rows, int cols, int type);
    static MatExpr eye(Size size, int type);
    void create(int rows, int cols, int type);
    void create(Size size, int type);
    void create(int ndims, const int* sizes, int type);
    void create(const std::vector<int>& sizes, int type);
    void addref();
    void release();
    void reserve(size_t sz);
    void resize(size_t sz);
    void resize(size_t sz, const Scalar& s);
    template<typename _Tp> void push_back(const _Tp& elem);
    template<typename _Tp> void push_back(const Mat_<_Tp>& elem);
    template<typename _Tp> void push_back(const std::vector<_Tp>& elem);
    void push_back(const Mat& m);
    void pop_back(size_t nelems = 1);
    void locateROI(Size& wholeSize, Point& ofs) const;
    Mat& adjustROI(int dtop, int dbottom, int dleft, int dright);
    Mat operator()(Range rowRange, Range colRange) const;
    Mat operator()(const Rect& roi) const;
    Mat operator()(const Range* ranges) const;
    Mat operator()(const std::vector<Range>& ranges) const;
    bool isContinuous() const;
    bool isSubmatrix() const;
    size_t elemSize() const;
    size_t elemSize1() const;
    int type() const;
    int depth() const;
    int channels() const;
    size_t step1(int i = 0) const;
    bool empty() const;
    size_t total() const;
    uchar* ptr(int i0 = 0);
    const uchar* ptr(int i0 = 0) const;
    uchar* ptr(int row, int col);
    const uchar* ptr(int row, int col) const;
    template<typename _Tp> _Tp* ptr(int i0 = 0);
    template<typename _Tp> const _Tp* ptr(int i0 = 0) const;
    template<typename _Tp> _Tp* ptr(int row, int col);
    template<typename _Tp> const _Tp* ptr(int row, int col) const;
    template<typename _Tp> _Tp& at(int i0 = 0);
    template<typename _Tp> const _Tp& at(int i0 = 0) const;
    template<typename _Tp> _Tp& at(int row, int col);
    template<typename _Tp> const _Tp& at(int row, int col) const;
    template<typename _Tp> _Tp& at(Point pt);
    template<typename _Tp> const _Tp& at(Point pt) const;
    Mat(Mat&& m);
    Mat& operator=(Mat&& m);

    enum { MAGIC_VAL = 0x42FF0000, AUTO_STEP = 0, CONTINUOUS_FLAG = 1 << 14, SUBMATRIX_FLAG = 1 << 15 };
    int flags;
    int dims;
    int rows, cols;
    uchar* data;
    const uchar* datastart;
    const uchar* dataend;
    const uchar* datalimit;
    MatSize size;
    MatStep step;
};

template<typename _Tp> class Mat_ : public Mat {
public:
    typedef _Tp value_type;
    Mat_() noexcept;
    Mat_(int _rows, int _cols);
    Mat_(int _rows, int _cols, const _Tp& value);
    explicit Mat_(Size _size);
    Mat_(Size _size, const _Tp& value);
    Mat_(const Mat& m);
    Mat_(const Mat_& m);
    Mat_(int _rows, int _cols, _Tp* _data, size_t _step = AUTO_STEP);
    Mat_(const Mat_& m, const Range& rowRange, const Range& colRange = Range::all());
    Mat_(const Mat_& m, const Rect& roi);
    explicit Mat_(const MatExpr& e);
    explicit Mat_(const std::vector<_Tp>& vec, bool copyData = false);
    Mat_(std::initializer_list<_Tp> values);
    Mat_& operator=(const Mat& m);
    Mat_& operator=(const Mat_& m);
    Mat_& operator=(const _Tp& s);
    Mat_& operator=(const MatExpr& e);
    void create(int _rows, int _cols);
    void create(Size _size);
    void release();
    Mat_ row(int y) const;
    Mat_ col(int x) const;
    Mat_ diag(int d = 0) const;
    Mat_ clone() const;
    size_t elemSize() const;
    int type() const;
    int depth() const;
    int channels() const;
    static MatExpr zeros(int rows, int cols);
    static MatExpr zeros(Size size);
    static MatExpr ones(int rows, int cols);
    static MatExpr ones(Size size);
    static MatExpr eye(int rows, int cols);
    static MatExpr eye(Size size);
    Mat_& adjustROI(int dtop, int dbottom, int dleft, int dright);
    Mat_ operator()(const Range& rowRange, const Range& colRange) const;
    Mat_ operator()(const Rect& roi) const;
    Mat_ operator()(const Range* ranges) const;
    Mat_ operator()(const std::vector<Range>& ranges) const;
    _Tp* operator[](int y);
    const _Tp* operator[](int y) const;
    _Tp& operator()(int idx0);
    const _Tp& operator()(int idx0) const;
    _Tp& operator()(int row, int col);
    const _Tp& operator()(int row, int col) const;
    _Tp& operator()(Point pt);
    const _Tp& operator()(Point pt) const;
    operator std::vector<_Tp>() const;
    Mat_(Mat_&& m);
    Mat_& operator=(Mat_&& m);
    Mat_(Mat&& m);
    Mat_& operator=(Mat&& m);
    Mat_(MatExpr&& e);
};
typedef Mat_<uchar> Mat1b;
typedef Mat_<float> Mat1f;
typedef Mat_<double> Mat1d;
typedef Mat_<int> Mat1i;
typedef Mat_<Vec3b> Mat3b;

class MatExpr {
public:
    MatExpr();
    explicit MatExpr(const Mat& m);
    MatExpr(const MatOp* _op, int _flags, const Mat& _a = Mat(), const Mat& _b = Mat(), const Mat& _c = Mat(),
            double _alpha = 1, double _beta = 1, const Scalar& _s = Scalar());
    operator Mat() const;
    template<typename _Tp> operator Mat_<_Tp>() const;
    Size size() const;
    int type() const;
    MatExpr row(int y) const;
    MatExpr col(int x) const;
    MatExpr diag(int d = 0) const;
    MatExpr operator()(const Range& rowRange, const Range& colRange) const;
    MatExpr operator()(const Rect& roi) const;
    MatExpr t() const;
    MatExpr inv(int method = DECOMP_LU) const;
    MatExpr mul(const MatExpr& e, double scale = 1) const;
    MatExpr mul(const Mat& m, double scale = 1) const;
    Mat cross(const Mat& m) const;
    double dot(const Mat& m) const;
    void swap(MatExpr& b);
    const MatOp* op;
    int flags;
    Mat a, b, c;
    double alpha, beta;
    Scalar s;
};

// mat.hpp: lazy MatExpr operators (free functions in namespace cv)
#define ALIASLINT_CV_ARITH_OP(OP, S)                                                   \
    MatExpr operator OP(const Mat& a, const Mat& b);                                   \
    MatExpr operator OP(const Mat& a, S s);                                            \
    MatExpr operator OP(S s, const Mat& a);                                            \
    MatExpr operator OP(const MatExpr& e, const Mat& m);                               \
    MatExpr operator OP(const Mat& m, const MatExpr& e);                               \
    MatExpr operator OP(const MatExpr& e, S s);                                        \
    MatExpr operator OP(S s, const MatExpr& e);                                        \
    MatExpr operator OP(const MatExpr& e1, const MatExpr& e2);                         \
    template<typename _Tp, int m, int n> static inline                                 \
    MatExpr operator OP(const Mat& a, const Matx<_Tp, m, n>& b) { return MatExpr(); }  \
    template<typename _Tp, int m, int n> static inline                                 \
    MatExpr operator OP(const Matx<_Tp, m, n>& a, const Mat& b) { return MatExpr(); }
ALIASLINT_CV_ARITH_OP(+, const Scalar&)
ALIASLINT_CV_ARITH_OP(-, const Scalar&)
ALIASLINT_CV_ARITH_OP(*, double)
ALIASLINT_CV_ARITH_OP(/, double)
#undef ALIASLINT_CV_ARITH_OP
MatExpr operator-(const Mat& m);
MatExpr operator-(const MatExpr& e);
#define ALIASLINT_CV_CMP_OP(OP, S)                                                     \
    MatExpr operator OP(const Mat& a, const Mat& b);                                   \
    MatExpr operator OP(const Mat& a, S s);                                            \
    MatExpr operator OP(S s, const Mat& a);                                            \
    template<typename _Tp, int m, int n> static inline                                 \
    MatExpr operator OP(const Mat& a, const Matx<_Tp, m, n>& b) { return MatExpr(); }  \
    template<typename _Tp, int m, int n> static inline                                 \
    MatExpr operator OP(const Matx<_Tp, m, n>& a, const Mat& b) { return MatExpr(); }
ALIASLINT_CV_CMP_OP(<, double)
ALIASLINT_CV_CMP_OP(<=, double)
ALIASLINT_CV_CMP_OP(==, double)
ALIASLINT_CV_CMP_OP(!=, double)
ALIASLINT_CV_CMP_OP(>=, double)
ALIASLINT_CV_CMP_OP(>, double)
ALIASLINT_CV_CMP_OP(&, const Scalar&)
ALIASLINT_CV_CMP_OP(|, const Scalar&)
ALIASLINT_CV_CMP_OP(^, const Scalar&)
#undef ALIASLINT_CV_CMP_OP
MatExpr operator~(const Mat& m);
MatExpr min(const Mat& a, const Mat& b);
MatExpr min(const Mat& a, double s);
MatExpr min(double s, const Mat& a);
MatExpr max(const Mat& a, const Mat& b);
MatExpr max(const Mat& a, double s);
MatExpr max(double s, const Mat& a);
MatExpr abs(const Mat& m);
MatExpr abs(const MatExpr& e);

// mat.inl.hpp: compound assignment with a MatExpr right-hand side
#define ALIASLINT_CV_AUG_EXPR(OP)                                                                          \
    static inline Mat& operator OP(Mat& a, const MatExpr& b) { return a; }                                 \
    static inline const Mat& operator OP(const Mat& a, const MatExpr& b) { return a; }                     \
    template<typename _Tp> static inline Mat_<_Tp>& operator OP(Mat_<_Tp>& a, const MatExpr& b) { return a; } \
    template<typename _Tp> static inline const Mat_<_Tp>& operator OP(const Mat_<_Tp>& a, const MatExpr& b) { return a; }
ALIASLINT_CV_AUG_EXPR(+=)
ALIASLINT_CV_AUG_EXPR(-=)
ALIASLINT_CV_AUG_EXPR(*=)
ALIASLINT_CV_AUG_EXPR(/=)
#undef ALIASLINT_CV_AUG_EXPR

// core.hpp
void add(InputArray src1, InputArray src2, OutputArray dst, InputArray mask = noArray(), int dtype = -1);
void subtract(InputArray src1, InputArray src2, OutputArray dst, InputArray mask = noArray(), int dtype = -1);
void multiply(InputArray src1, InputArray src2, OutputArray dst, double scale = 1, int dtype = -1);
void divide(InputArray src1, InputArray src2, OutputArray dst, double scale = 1, int dtype = -1);
void divide(double scale, InputArray src2, OutputArray dst, int dtype = -1);
void scaleAdd(InputArray src1, double alpha, InputArray src2, OutputArray dst);
void addWeighted(InputArray src1, double alpha, InputArray src2, double beta, double gamma, OutputArray dst, int dtype = -1);
Scalar sum(InputArray src);
Scalar mean(InputArray src, InputArray mask = noArray());
void meanStdDev(InputArray src, OutputArray mean, OutputArray stddev, InputArray mask = noArray());
int countNonZero(InputArray src);
double norm(InputArray src1, int normType = NORM_L2, InputArray mask = noArray());
double norm(InputArray src1, InputArray src2, int normType = NORM_L2, InputArray mask = noArray());
void normalize(InputArray src, InputOutputArray dst, double alpha = 1, double beta = 0, int norm_type = NORM_L2, int dtype = -1, InputArray mask = noArray());
void flip(InputArray src, OutputArray dst, int flipCode);
void hconcat(const Mat* src, size_t nsrc, OutputArray dst);
void hconcat(InputArray src1, InputArray src2, OutputArray dst);
void hconcat(InputArrayOfArrays src, OutputArray dst);
void vconcat(const Mat* src, size_t nsrc, OutputArray dst);
void vconcat(InputArray src1, InputArray src2, OutputArray dst);
void vconcat(InputArrayOfArrays src, OutputArray dst);
void bitwise_and(InputArray src1, InputArray src2, OutputArray dst, InputArray mask = noArray());
void bitwise_or(InputArray src1, InputArray src2, OutputArray dst, InputArray mask = noArray());
void bitwise_not(InputArray src, OutputArray dst, InputArray mask = noArray());
void absdiff(InputArray src1, InputArray src2, OutputArray dst);
void min(InputArray src1, InputArray src2, OutputArray dst);
void min(const Mat& src1, const Mat& src2, Mat& dst);
void max(InputArray src1, InputArray src2, OutputArray dst);
void max(const Mat& src1, const Mat& src2, Mat& dst);
void transpose(InputArray src, OutputArray dst);
void gemm(InputArray src1, InputArray src2, double alpha, InputArray src3, double beta, OutputArray dst, int flags = 0);
void split(const Mat& src, Mat* mvbegin);
void split(InputArray m, OutputArrayOfArrays mv);
void merge(InputArrayOfArrays mv, OutputArray dst);

// operations.hpp: compound assignment operators (`static inline`, free functions; Mat& and const Mat& overloads)
#define ALIASLINT_CV_AUG1(OP, A, B) static inline A& operator OP(A& a, const B& b) { return a; }
#define ALIASLINT_CV_AUG(OP, A, B) ALIASLINT_CV_AUG1(OP, A, B) ALIASLINT_CV_AUG1(OP, const A, B)
#define ALIASLINT_CV_AUG_T(OP, A, B) template<typename _Tp> ALIASLINT_CV_AUG1(OP, A, B) template<typename _Tp> ALIASLINT_CV_AUG1(OP, const A, B)
#define ALIASLINT_CV_AUG_TN(OP, A)                                                                                  \
    template<typename _Tp, int m, int n> static inline A& operator OP(A& a, const Matx<_Tp, m, n>& b) { return a; } \
    template<typename _Tp, int m, int n> static inline const A& operator OP(const A& a, const Matx<_Tp, m, n>& b) { return a; }
ALIASLINT_CV_AUG(+=, Mat, Mat) ALIASLINT_CV_AUG(+=, Mat, Scalar)
ALIASLINT_CV_AUG_T(+=, Mat_<_Tp>, Mat) ALIASLINT_CV_AUG_T(+=, Mat_<_Tp>, Scalar) ALIASLINT_CV_AUG_T(+=, Mat_<_Tp>, Mat_<_Tp>)
ALIASLINT_CV_AUG_TN(+=, Mat) ALIASLINT_CV_AUG_TN(+=, Mat_<_Tp>)
ALIASLINT_CV_AUG(-=, Mat, Mat) ALIASLINT_CV_AUG(-=, Mat, Scalar)
ALIASLINT_CV_AUG_T(-=, Mat_<_Tp>, Mat) ALIASLINT_CV_AUG_T(-=, Mat_<_Tp>, Scalar) ALIASLINT_CV_AUG_T(-=, Mat_<_Tp>, Mat_<_Tp>)
ALIASLINT_CV_AUG_TN(-=, Mat) ALIASLINT_CV_AUG_TN(-=, Mat_<_Tp>)
ALIASLINT_CV_AUG(*=, Mat, Mat) ALIASLINT_CV_AUG_T(*=, Mat_<_Tp>, Mat) ALIASLINT_CV_AUG_T(*=, Mat_<_Tp>, Mat_<_Tp>)
ALIASLINT_CV_AUG(*=, Mat, double) ALIASLINT_CV_AUG_T(*=, Mat_<_Tp>, double)
ALIASLINT_CV_AUG_TN(*=, Mat) ALIASLINT_CV_AUG_TN(*=, Mat_<_Tp>)
ALIASLINT_CV_AUG(/=, Mat, Mat) ALIASLINT_CV_AUG_T(/=, Mat_<_Tp>, Mat) ALIASLINT_CV_AUG_T(/=, Mat_<_Tp>, Mat_<_Tp>)
ALIASLINT_CV_AUG(/=, Mat, double) ALIASLINT_CV_AUG_T(/=, Mat_<_Tp>, double)
ALIASLINT_CV_AUG_TN(/=, Mat) ALIASLINT_CV_AUG_TN(/=, Mat_<_Tp>)
ALIASLINT_CV_AUG(&=, Mat, Mat) ALIASLINT_CV_AUG(&=, Mat, Scalar)
ALIASLINT_CV_AUG(|=, Mat, Mat) ALIASLINT_CV_AUG(|=, Mat, Scalar)
ALIASLINT_CV_AUG(^=, Mat, Mat) ALIASLINT_CV_AUG(^=, Mat, Scalar)
#undef ALIASLINT_CV_AUG1
#undef ALIASLINT_CV_AUG
#undef ALIASLINT_CV_AUG_T
#undef ALIASLINT_CV_AUG_TN
} // namespace cv
